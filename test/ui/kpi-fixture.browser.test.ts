import type { Page } from 'playwright-core';
import { launchChromium, type LaunchedBrowser } from './support/launch-chromium';
import { buildKpiFixture, serveKpiFixture } from './support/kpi-fixture';
import { watchedPage } from './support/watched-page';

/**
 * The KPI table and its panels against the fixture's fake data (static/macro/dev/), in Chromium:
 * what a reader can do with mouse and keyboard and what a screen reader is told. The screenshots
 * for a person to look at are `npx tsx scripts/kpi-ui-fixture.ts`.
 */
jest.setTimeout(60_000);

describe('KPI table and history (fixture)', () => {
  let server: Awaited<ReturnType<typeof serveKpiFixture>>;
  let browser: LaunchedBrowser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    buildKpiFixture();
    server = await serveKpiFixture();
    browser = await launchChromium();
    ({ page, problems } = await watchedPage(browser));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (width: number, locale = 'en-GB') => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${server.url}?locale=${locale}`);
    await page.locator('.pc-kpis').waitFor();
  };

  it('fits Confluence’s fixed page and full width without scrolling sideways', async () => {
    for (const width of [720, 1200, 420]) {
      await open(width);
      await page.locator('.pc-kpi__open').nth(3).click();
      await page.locator('.pc-kpi-m').waitFor();
      const overflow = await page.evaluate(() => ({
        tables: [...document.querySelectorAll('table')].filter((table) => table.parentElement!.scrollWidth > table.parentElement!.clientWidth).length,
        page: document.documentElement.scrollWidth > document.documentElement.clientWidth,
      }));
      expect({ width, ...overflow }).toEqual({ width, tables: 0, page: false });
    }
  });

  it('names each criterion in a row header whose button opens its history, with the trend in words', async () => {
    await open(720);
    const table = page.getByRole('table', { name: 'Process effectiveness criteria' });
    expect(await table.locator('thead th[scope="col"]').count()).toBe(6);
    const name = table.getByRole('button', { name: 'Lead-to-customer conversion' });
    expect(await name.getAttribute('aria-expanded')).toBe('false');
    expect(await table.getByRole('img').first().getAttribute('aria-label')).toMatch(/^Last 12 values: .*; improving$/);
    // The same trend in words under the sparkline, for sighted readers.
    expect(await table.locator('.pc-kpi__trend-word').first().textContent()).toBe('improving');
    expect(await table.getByText('Off target', { exact: true }).count()).toBeGreaterThan(0);

    await name.focus();
    await page.keyboard.press('Enter');
    expect(await name.getAttribute('aria-expanded')).toBe('true');
    const chart = page.getByRole('img', { name: 'Chart of the values of “Lead-to-customer conversion”' });
    await chart.waitFor();
    expect(await page.locator(`#${await chart.getAttribute('aria-describedby')}`).textContent()).toMatch(/^12 values from April 2024 to March 2025\. .* Target: ≥ 15%\. /);
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    expect(await name.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Lead-to-customer conversion');
  });

  it('refuses a value that is not a number next to its field, and sends nothing', async () => {
    await open(720, 'ru-RU');
    await page.getByRole('button', { name: 'Коэффициент удержания клиентов' }).click();
    const value = page.getByLabel('Значение', { exact: true });
    await value.fill('восемьдесят');
    await page.getByRole('button', { name: /^Сохранить/ }).click();
    expect(await value.getAttribute('aria-invalid')).toBe('true');
    const described = (await value.getAttribute('aria-describedby'))!.split(' ');
    const messages = await Promise.all(described.map((id) => page.locator(`#${id}`).textContent()));
    expect(messages).toContain('«восемьдесят» — не число. Запишите его так: 12,5.');
    expect(await page.locator('.pc-kpi-form__state').textContent()).toBe('');
    expect(await value.inputValue()).toBe('восемьдесят');

    await value.fill('86,1');
    await page.getByRole('button', { name: /^Сохранить/ }).click();
    await page.getByText(/^Сохранено: 86,1/).waitFor();
    const row = page.locator('.pc-kpi', { has: page.getByRole('button', { name: 'Коэффициент удержания клиентов' }) });
    expect(await row.locator('.pc-kpi__number-value').textContent()).toMatch(/^86,1/);
  });

  it('prints values and statuses without the controls', async () => {
    await open(720);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.pc-kpi__open').first().isVisible()).toBe(false);
    expect(await page.locator('.pc-kpi__print-name').first().isVisible()).toBe(true);
    expect(await page.locator('.pc-kpi-status').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(problems).toEqual([]);
  });
});
