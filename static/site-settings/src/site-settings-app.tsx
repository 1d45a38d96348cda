import type { PageContext } from '@shared/bridge';
import { I18nProvider, useI18n } from '@shared/i18n/i18n-context';
import { GetStarted } from './get-started';
import { LoadingStatus } from '@shared/loading-status';
import { useFirstLoad } from '@shared/use-first-load';
import { SiteSettingsSection } from './site-settings-section';

/**
 * The app's global settings page, which Manage apps opens both as "Get started" and as
 * "Configure": what the app does and how to begin, then the site-wide settings.
 */
export function SiteSettingsApp({ firstLoad }: { firstLoad: { context: Promise<PageContext>; theme: Promise<void> } }) {
  const { context, failed } = useFirstLoad(firstLoad);


  const locale = context?.locale ?? (typeof navigator === 'undefined' ? 'en-GB' : navigator.language);
  return (
    <I18nProvider locale={locale}>
      {context !== null || failed ? <SettingsPage /> : <LoadingStatus />}
    </I18nProvider>
  );
}

function SettingsPage() {
  const { t } = useI18n();
  return (
    <main className="pc-site">
      {/* Confluence heads the page with the module's title already; the h1 is for screen readers inside the frame. */}
      <h1 className="pc-visually-hidden">{t('siteSettings.title')}</h1>
      <GetStarted />
      <SiteSettingsSection />
    </main>
  );
}
