import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { launchChromium, type LaunchedBrowser } from './support/launch-chromium';
import { startWorkbenchProcess, type WorkbenchProcess } from './support/start-workbench-process';
import { watchedPage } from './support/watched-page';

/**
 * Journey 4, end to end in the workbench: the example card opens with its measurement history
 * (statuses, sparklines, a corrective-action proposal); the owner opens a KPI, enters this
 * month's value in Russian notation, and the status, the sparkline and the chart change.
 */
const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts');
const MACRO = 'iframe[title="Process card macro"]';
const KPI = 'Конверсия лидов в клиентов';

jest.setTimeout(90_000);

describe('KPIs in the workbench (Chromium)', () => {
  let workbench: WorkbenchProcess;
  let browser: LaunchedBrowser;
  let page: Page;
  let problems: string[] = [];
  const previousNow = process.env.WORKBENCH_NOW;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    // A fixed "today", so the example history, the due lines and the open periods are the same on every run.
    process.env.WORKBENCH_NOW = '2026-12-04T09:00:00Z';
    workbench = await startWorkbenchProcess([]);
    browser = await launchChromium();
    ({ page, problems } = await watchedPage(browser));
    await page.setViewportSize({ width: 1280, height: 1000 });
  }, 200_000);

  afterAll(async () => {
    if (previousNow === undefined) delete process.env.WORKBENCH_NOW;
    else process.env.WORKBENCH_NOW = previousNow;
    await browser?.close();
    await workbench?.stop();
  });

  const macro = (): FrameLocator => page.frameLocator(MACRO);
  const row = (name: string): Locator => macro().locator('tbody.pc-kpi', { has: macro().getByRole('button', { name }) });
  const chartPoints = async () => ((await macro().locator('.pc-kpi-chart__line').getAttribute('points')) ?? '').trim().split(/\s+/).length;
  const until = async (holds: () => Promise<boolean>, timeoutMs = 10_000) => {
    const end = Date.now() + timeoutMs;
    while (!(await holds())) {
      if (Date.now() > end) throw new Error('timed out waiting for the page');
      await page.waitForTimeout(100);
    }
  };
  const shoot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `kpi-${name}.png`), fullPage: true });

  it('shows the example history: statuses with words, sparklines with a text alternative, a proposal', async () => {
    await page.goto(workbench.url);
    await macro().locator('.pc-card').waitFor();
    const conversion = row(KPI);
    await expect(conversion.getByText('Цель не достигнута').first().isVisible()).resolves.toBe(true);
    await expect(conversion.getByText(/корректирующее действие/i).first().isVisible()).resolves.toBe(true);
    const spark = conversion.locator('svg.pc-kpi-spark');
    expect(await spark.getAttribute('aria-label')).toMatch(/10,5/);
    await expect(macro().getByText('Просрочено').first().isVisible()).resolves.toBe(true);
  });

  it('refuses a value that is not a number beside the field, then stores one typed with a comma and updates status, sparkline and chart', async () => {
    await macro().getByRole('button', { name: KPI }).click();
    await macro().locator('.pc-kpi-chart__svg').waitFor();
    const before = await chartPoints();
    const value = macro().getByLabel('Значение', { exact: true });
    await value.fill('много');
    await macro().getByRole('button', { name: 'Сохранить значение' }).click();
    await expect(value.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await chartPoints()).toBe(before);

    await value.fill('16,5 %');
    await macro().getByRole('button', { name: 'Сохранить значение' }).click();
    await macro().getByText(/Сохранено: 16,5/).waitFor();
    await until(async () => (await chartPoints()) === before + 1);
    const conversion = row(KPI);
    await conversion.locator('.pc-kpi__main').getByText('Цель достигнута').first().waitFor();
    expect(await conversion.locator('svg.pc-kpi-spark').getAttribute('aria-label')).toMatch(/16,5/);
    expect(problems).toEqual([]);
  });

  it.each([
    ['ru-RU', 'light'],
    ['ru-RU', 'dark'],
    ['en-GB', 'light'],
    ['en-GB', 'dark'],
  ] as const)('renders the KPI table and the open history in %s, %s theme (screenshots)', async (locale, theme) => {
    await page.locator('#wb-locale').selectOption(locale);
    await page.locator('#wb-theme').selectOption(theme);
    await macro().locator(`html[data-color-mode="${theme}"]`).waitFor({ state: 'attached' });
    await macro().locator('.pc-card').waitFor();
    const name = locale === 'ru-RU' ? KPI : /Lead-to-customer|Конверсия/;
    const button = macro().getByRole('button', { name }).first();
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    await macro().locator('.pc-kpi-chart__svg').waitFor();
    await shoot(`${locale}-${theme}`);
    // Close-ups a person can read: the open KPI with its history, at the page's width.
    await macro().locator('tbody.pc-kpi--open').screenshot({ path: join(ARTIFACTS, `kpi-history-${locale}-${theme}.png`) });
    expect(problems).toEqual([]);
  });
});
