import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { launchChromium } from '../test/ui/support/launch-chromium';
import { buildKpiFixture, serveKpiFixture } from '../test/ui/support/kpi-fixture';

/**
 * Screenshots of the KPI table and its panels with the fixture's fake data (static/macro/dev/):
 * 720 px (Confluence's fixed page) and 1200 px, light and dark, Russian and English, into
 * test-artifacts/kpi-ui/. `--serve` only builds and serves the fixture, for a person to try.
 */
const OUT = join(__dirname, '..', 'test-artifacts', 'kpi-ui');

async function main(): Promise<void> {
  buildKpiFixture();
  const server = await serveKpiFixture(process.argv.includes('--serve') ? 4719 : 0);
  if (process.argv.includes('--serve')) {
    console.log(`KPI fixture at ${server.url}?locale=ru-RU&theme=light`);
    return;
  }
  mkdirSync(OUT, { recursive: true });
  const browser = await launchChromium();
  const problems: string[] = [];
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    const open = async (width: number, locale: string, theme: string, extra = '') => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${server.url}?locale=${locale}&theme=${theme}${extra}`);
      await page.locator('.pc-kpis').waitFor();
    };
    const kpis = () => page.locator('section[aria-labelledby="pc-section-kpis"]');
    const shoot = (target: Locator | Page, name: string) => target.screenshot({ path: join(OUT, `${name}.png`), ...('goto' in target ? { fullPage: true } : {}) });
    const history = async (index: number) => {
      await page.locator('.pc-kpi__open').nth(index).click();
      await page.locator('.pc-kpi-history table, .pc-kpi-m__none').first().waitFor();
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    };

    for (const width of [720, 1200]) {
      for (const locale of ['ru-RU', 'en-GB']) {
        for (const theme of ['light', 'dark']) {
          const tag = `${width}-${locale.slice(0, 2)}-${theme}`;
          await open(width, locale, theme);
          await shoot(kpis(), `table-${tag}`);
          await history(3);
          await shoot(kpis().locator('.pc-kpi--open'), `history-cac-${tag}`);
          if (width === 720 && theme === 'light') {
            await page.locator('.pc-kpi-m ~ button, .pc-kpi-m__frame ~ button').first().click();
            await page.locator('.pc-kpi-m__row--withdrawn').waitFor();
            await page.locator('.pc-kpi-m__earlier summary').first().click();
            await page.locator('.pc-kpi-m__withdraw-row, .pc-kpi-m__actions button').first().click();
            await shoot(page.locator('.pc-kpi-history .pc-kpi-m__frame'), `history-older-withdraw-${tag}`);
          }
        }
      }
    }

    // A reader Jira shows nothing to: only the counts per criterion (the table above shows the issues).
    for (const [locale, theme] of [['ru-RU', 'light'], ['en-GB', 'dark']] as const) {
      await open(720, locale, theme, '&actions=counts');
      await shoot(page.locator('.pc-kpi').nth(0), `actions-counts-720-${locale.slice(0, 2)}-${theme}`);
    }

    // Narrower than 46rem (the workbench's fixed page, a phone): each criterion becomes a card of lines.
    await open(620, 'ru-RU', 'light');
    await shoot(page.locator('.pc-kpi').nth(0), 'narrow-620-ru-light-row');
    await history(3);
    await shoot(page.locator('.pc-kpi-history .pc-kpi-chart'), 'narrow-620-ru-light-chart');
    await shoot(page.locator('.pc-kpi-history .pc-kpi-m__frame tbody tr').first(), 'narrow-620-ru-light-value');

    for (const locale of ['ru-RU', 'en-GB']) {
      const lang = locale.slice(0, 2);
      await open(720, locale, 'light');
      await history(2);
      await shoot(page.locator('.pc-kpi--open'), `history-band-720-${lang}-light`);
      await open(720, locale, 'dark');
      await history(7);
      await shoot(page.locator('.pc-kpi--open'), `history-event-720-${lang}-dark`);

      await open(720, locale, 'light');
      await history(0);
      const form = page.locator('.pc-kpi-form');
      await form.locator('input[inputmode="decimal"]').first().fill(locale === 'ru-RU' ? '12,5 процента' : 'twelve');
      await form.locator('button[type="submit"]').click();
      await shoot(form, `form-invalid-720-${lang}-light`);

      await open(720, locale, 'light');
      await history(1);
      const conflictForm = page.locator('.pc-kpi-form');
      await conflictForm.locator('input[inputmode="decimal"]').first().fill(locale === 'ru-RU' ? '83,4' : '83.4');
      await conflictForm.locator('textarea').fill('conflict');
      await conflictForm.locator('button[type="submit"]').click();
      await conflictForm.locator('.pc-kpi-form__theirs').waitFor();
      await shoot(conflictForm, `form-conflict-720-${lang}-light`);

      await open(720, locale, 'light');
      await history(1);
      const saving = page.locator('.pc-kpi-form');
      await saving.locator('input[inputmode="decimal"]').first().fill(locale === 'ru-RU' ? '86,1' : '86.1');
      await saving.locator('button[type="submit"]').click();
      await saving.locator('.pc-kpi-form__state:not(:empty)').waitFor();
      await shoot(page.locator('.pc-kpi--open'), `form-saved-720-${lang}-light`);

      for (const theme of ['light', 'dark']) {
        await open(720, locale, theme);
        await page.locator('.pc-header__actions button').nth(1).click();
        await page.locator('.pc-kpi-settings .pc-kpi-rules').first().waitFor();
        await page.locator('.pc-kpi-feed button').last().click();
        await page.locator('.pc-kpi-feed button', { hasText: locale === 'ru-RU' ? 'Сменить сейчас' : 'Rotate now' }).click();
        await page.locator('.pc-kpi-feed__secret').waitFor();
        await shoot(page.locator('.pc-kpi-settings'), `settings-720-${lang}-${theme}`);
      }

      await open(720, locale, 'light', '&board=none');
      await shoot(kpis(), `table-no-board-720-${lang}-light`);

      await open(720, locale, 'dark');
      await history(3);
      await page.emulateMedia({ media: 'print' });
      await shoot(kpis(), `print-720-${lang}`);
      await page.emulateMedia({ media: 'screen' });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (problems.length > 0) {
    console.error(`page problems:\n${problems.join('\n')}`);
    process.exitCode = 1;
  }
  console.log(`screenshots in ${OUT}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
