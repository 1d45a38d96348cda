import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { launchChromium, type LaunchedBrowser } from './support/launch-chromium';
import { startWorkbenchProcess, type WorkbenchProcess } from './support/start-workbench-process';
import { watchedPage } from './support/watched-page';
import { WORKBENCH_USERS } from '../../workbench/server/workbench-users';

/**
 * Journey 5 in the workbench: a Jira admin sets up the QMS project; then, on the example card, the
 * quality manager opens an off-target KPI, sees the corrective action proposed as the primary
 * action, raises it from the prefilled form, and sees the new issue listed under the KPI.
 */
const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts');
const MACRO = 'iframe[title="Process card macro"]';
const ADMIN_PAGE = 'iframe[title="Process Cards in Jira"]';
const KPI = 'Конверсия лидов в клиентов';
const JIRA_ADMIN = WORKBENCH_USERS.find((user) => user.jiraAdmin === true)!;

jest.setTimeout(120_000);

describe('raising a corrective action from a KPI (Chromium)', () => {
  let workbench: WorkbenchProcess;
  let browser: LaunchedBrowser;
  let page: Page;
  let problems: string[] = [];
  const previousNow = process.env.WORKBENCH_NOW;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
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
  const actions = () => macro().locator('.pc-kpi-actions');

  it('says Jira is not set up before a project is, and offers nothing that would fail', async () => {
    await page.goto(workbench.url);
    await page.locator('#wb-user option').first().waitFor({ state: 'attached' });
    await page.locator('#wb-user').selectOption(JIRA_ADMIN.accountId);
    await macro().getByRole('button', { name: KPI }).click();
    await actions().getByText(/Jira ещё не настроена/).waitFor();
    expect(await actions().getByRole('button', { name: 'Открыть корректирующее действие' }).count()).toBe(0);
  });

  it('after the admin sets up QMS, raises a corrective action from the off-target KPI and lists it', async () => {
    await page.goto(`${workbench.url}#/jira/admin`);
    const admin = page.frameLocator(ADMIN_PAGE);
    await admin.getByRole('textbox', { name: 'Ключ проекта' }).fill('QMS');
    await admin.getByRole('button', { name: 'Показать план' }).click();
    await admin.getByRole('button', { name: 'Настроить проект' }).click();
    await admin.getByRole('heading', { name: 'Проект QMS готов' }).waitFor({ timeout: 60_000 });

    await page.goto(workbench.url);
    await macro().getByRole('button', { name: KPI }).click();
    const raise = actions().getByRole('button', { name: 'Открыть корректирующее действие' });
    await raise.waitFor();
    // The KPI's proposal is a corrective action: that is the primary button.
    expect(await raise.getAttribute('class')).toContain('pc-button--primary');
    expect(await actions().getByText(/не связано ни одного/).count()).toBe(1);
    await raise.click();
    const summary = actions().getByLabel('Краткое описание');
    expect(await summary.inputValue()).toContain(KPI);
    expect(await actions().getByLabel('Что пошло не так').inputValue()).toMatch(/Цель: ≥ 15 %/);
    await actions().screenshot({ path: join(ARTIFACTS, 'raise-form-ru-light.png') });
    await actions().getByRole('button', { name: 'Создать корректирующее действие в Jira' }).click();
    await actions().getByText(/В Jira создана задача QMS-\d+/).waitFor();
    const listed = actions().locator('.pc-kpi-actions__issue');
    await listed.first().waitFor();
    expect(await listed.first().innerText()).toMatch(/QMS-\d+[\s\S]*к выполнению/);
    await actions().screenshot({ path: join(ARTIFACTS, 'raise-listed-ru-light.png') });
    expect(problems).toEqual([]);
  });
});
