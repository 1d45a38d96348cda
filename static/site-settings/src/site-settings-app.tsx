import { useEffect, useState } from 'react';
import type { PageContext } from '@shared/bridge';
import { I18nProvider, useI18n } from '@shared/i18n/i18n-context';
import { GetStarted } from './get-started';
import { SiteSettingsSection } from './site-settings-section';

/**
 * The app's global settings page, which Manage apps opens both as "Get started" and as
 * "Configure": what the app does and how to begin, then the site-wide settings.
 */
export function SiteSettingsApp({ firstLoad }: { firstLoad: { context: Promise<PageContext>; theme: Promise<void> } }) {
  const [context, setContext] = useState<PageContext | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    void Promise.all([firstLoad.context, firstLoad.theme]).then(
      ([loaded]) => live && setContext(loaded),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [firstLoad]);

  const locale = context?.locale ?? (typeof navigator === 'undefined' ? 'en-GB' : navigator.language);
  return (
    <I18nProvider locale={locale}>
      {context !== null || failed ? <SettingsPage /> : <div className="pc-loading" role="status"><span className="pc-spinner" aria-hidden="true" /></div>}
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
