// Dev only: the macro's card with the fixture's KPIs, for screenshots (scripts/kpi-ui-fixture.ts).
// Built with @shared/bridge pointing at fake-bridge.ts; never part of the app's build.
// URL: ?locale=ru-RU|en-GB&theme=light|dark&actions=issues|counts
import '@shared/base.css';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@shared/i18n/i18n-context';
import { uiLanguageOf } from '@shared/i18n/translate';
import { CardDocument } from '../src/card/card-document';
import '../src/macro-app.css';
import '../src/print.css';
import { fixtureCard } from './fixture-card';
import { boardRow, fixtureMeasurements, TODAY } from './fixture-data';
import { FIXTURE_KPIS } from './fixture-card';
import { fixtureActions } from './fixture-actions';

const params = new URLSearchParams(location.search);
const locale = params.get('locale') ?? 'ru-RU';
const language = uiLanguageOf(locale);

// As the workbench's iframe bridge does (workbench/host/src/iframe-theme.ts): the token themes
// are keyed by these attributes on <html>; the screenshot server serves the sheets.
document.documentElement.setAttribute('data-theme', 'dark:dark light:light spacing:spacing typography:typography shape:shape');
document.documentElement.setAttribute('data-color-mode', params.get('theme') === 'dark' ? 'dark' : 'light');
for (const mode of ['light', 'dark']) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `/host/tokens/${mode}.css`;
  document.head.prepend(link);
}

const records = fixtureMeasurements(language);
const view = {
  card: fixtureCard(language),
  flowchart: null,
  kpis: params.get('board') === 'none' ? null : { timeZone: 'Europe/Moscow', today: TODAY, graceDays: 14, kpis: FIXTURE_KPIS.map((kpi) => boardRow(kpi.id, records[kpi.id] ?? [])) },
  actions: fixtureActions(params.get('actions') === 'counts' ? 'counts' : 'issues', language),
};

const root = document.getElementById('root');
if (root !== null) {
  createRoot(root).render(
    <I18nProvider locale={locale}>
      <main className="pc-macro">
        <CardDocument view={view} />
      </main>
    </I18nProvider>,
  );
}
