import type { PageContext } from '@shared/bridge';
import { I18nProvider, useI18n } from '@shared/i18n/i18n-context';
import { LoadingStatus } from '@shared/loading-status';
import { useFirstLoad } from '@shared/use-first-load';
import { useCallback, useState } from 'react';
import { OverrideSection } from './override-section';
import { ProjectsSection } from './projects-section';
import { ProvisioningSection } from './provisioning-section';

/** The `jira:adminPage`: a Jira admin sets up a project for corrective actions and improvements. */
export function JiraAdminApp({ firstLoad }: { firstLoad: { context: Promise<PageContext>; theme: Promise<void> } }) {
  const { context, failed } = useFirstLoad(firstLoad);
  const locale = context?.locale ?? (typeof navigator === 'undefined' ? 'en-GB' : navigator.language);
  return <I18nProvider locale={locale}>{context !== null || failed ? <AdminPage locale={locale} /> : <LoadingStatus />}</I18nProvider>;
}

function AdminPage({ locale }: { locale: string }) {
  const { t } = useI18n();
  // A finished run may have made a project ready (and the first one the default): the list is read again.
  const [runs, setRuns] = useState(0);
  const onFinished = useCallback(() => setRuns((count) => count + 1), []);
  return (
    <main className="pc-jira-admin">
      {/* Jira heads the page with the module's title already; the h1 is for screen readers inside the frame. */}
      <h1 className="pc-visually-hidden">{t('jiraAdmin.title')}</h1>
      <p className="pc-jira-admin__intro">{t('jiraAdmin.intro')}</p>
      <ProjectsSection key={runs} />
      <OverrideSection />
      <ProvisioningSection defaultLanguage={locale.toLowerCase().startsWith('ru') ? 'ru' : 'en'} onFinished={onFinished} />
    </main>
  );
}
