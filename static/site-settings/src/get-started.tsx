import { useI18n } from '@shared/i18n/i18n-context';

/** The "Get started" part: what the app does, how a card gets onto a page, who may change what. */
export function GetStarted() {
  const { t } = useI18n();
  return (
    <section className="pc-site__section" aria-labelledby="pc-get-started">
      <h2 id="pc-get-started" className="pc-site__heading">{t('gettingStarted.heading')}</h2>
      <p>{t('gettingStarted.what')}</p>
      <h3 className="pc-site__subheading">{t('gettingStarted.stepsHeading')}</h3>
      <ol className="pc-site__list">
        <li>{t('gettingStarted.step1')}</li>
        <li>{t('gettingStarted.step2')}</li>
        <li>{t('gettingStarted.step3')}</li>
      </ol>
      <h3 className="pc-site__subheading">{t('gettingStarted.whoHeading')}</h3>
      <ul className="pc-site__list">
        <li>{t('gettingStarted.whoCards')}</li>
        <li>{t('gettingStarted.whoReaders')}</li>
        <li>{t('gettingStarted.whoSite')}</li>
      </ul>
    </section>
  );
}
