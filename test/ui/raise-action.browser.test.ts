import { join } from 'node:path';
import type { FrameLocator } from 'playwright-core';
import { ARTIFACTS, browserJourney } from './support/browser-journey';
import { WORKBENCH_USERS } from '../../workbench/server/workbench-users';

/**
 * Journey 5 in the workbench: a Jira admin sets up the QMS project; then, on the example card, the
 * quality manager opens an off-target KPI, sees the corrective action proposed as the primary
 * action, raises it from the prefilled form, and sees the new issue listed under the KPI.
 */
const MACRO = 'iframe[title="Process card macro"]';
const ADMIN_PAGE = 'iframe[title="Process Cards in Jira"]';
const KPI = 'Конверсия лидов в клиентов';
const JIRA_ADMIN = WORKBENCH_USERS.find((user) => user.jiraAdmin === true)!;

jest.setTimeout(120_000);

describe('raising a corrective action from a KPI (Chromium)', () => {
  const journey = browserJourney({ now: '2026-12-04T09:00:00Z', viewport: { width: 1280, height: 1000 } });
  const page = () => journey.page;

  const macro = (): FrameLocator => page().frameLocator(MACRO);
  const actions = () => macro().locator('.pc-kpi-actions');

  it('says Jira is not set up before a project is, and offers nothing that would fail', async () => {
    await page().goto(journey.workbench.url);
    await page().locator('#wb-user option').first().waitFor({ state: 'attached' });
    await page().locator('#wb-user').selectOption(JIRA_ADMIN.accountId);
    await macro().getByRole('button', { name: KPI, exact: true }).click();
    await actions().getByText(/Jira ещё не настроена/).waitFor();
    expect(await actions().getByRole('button', { name: 'Открыть корректирующее действие' }).count()).toBe(0);
  });

  it('after the admin sets up QMS, raises a corrective action from the off-target KPI and lists it (stand-in behaviour: confirm on a dev site)', async () => {
    await page().goto(`${journey.workbench.url}#/jira/admin`);
    const admin = page().frameLocator(ADMIN_PAGE);
    await admin.getByRole('textbox', { name: 'Ключ проекта' }).fill('QMS');
    await admin.getByRole('button', { name: 'Показать план' }).click();
    await admin.getByRole('button', { name: 'Настроить проект' }).click();
    await admin.getByRole('heading', { name: 'Проект QMS готов' }).waitFor({ timeout: 60_000 });

    await page().goto(journey.workbench.url);
    await macro().getByRole('button', { name: KPI, exact: true }).click();
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

    // The next first render shows the issue in the KPI's line of the table, from the one search.
    await page().goto(journey.workbench.url);
    const row = macro().locator('.pc-kpi').filter({ has: macro().getByRole('button', { name: KPI, exact: true }) });
    const chip = row.locator('.pc-kpi-linked__chip');
    await chip.first().waitFor();
    expect(await chip.first().innerText()).toMatch(/^QMS-\d+ · к выполнению$/);
    expect(await chip.first().getAttribute('title')).toContain(KPI);
    await row.screenshot({ path: join(ARTIFACTS, 'kpi-row-linked-action-ru-light.png') });
    expect(journey.problems).toEqual([]);
  });

  it('opens the raised issue from its chip in the KPI table on the workbench’s Jira issue page, with its record and the link back to the card', async () => {
    // The page the previous journey left: the first render's chip in the KPI's line of the table.
    const row = macro().locator('.pc-kpi').filter({ has: macro().getByRole('button', { name: KPI, exact: true }) });
    const key = row.locator('.pc-kpi-linked__chip').first();
    const issueKey = (await key.innerText()).split('·')[0]!.trim();
    expect(issueKey).toMatch(/^QMS-\d+$/);
    // router.open opens a new tab, as Confluence does; the workbench's router maps the site's /browse/KEY to its own issue page.
    const [tab] = await Promise.all([page().context().waitForEvent('page'), key.click()]);
    const tabProblems: string[] = [];
    tab.on('pageerror', (error) => tabProblems.push(error.message));
    tab.on('console', (message) => (message.type() === 'error' ? tabProblems.push(message.text()) : undefined));
    await tab.setViewportSize({ width: 1200, height: 900 });
    await tab.waitForURL(new RegExp(`#/jira/browse/${issueKey}$`));
    const issue = tab.locator('.wb-jira-issue');
    await issue.waitFor();
    expect(await tab.locator('#wb-page-title').innerText()).toBe(issueKey);
    const facts = await issue.locator('.wb-jira-issue__facts').innerText();
    // The status with its category, the card (by its page's title) and the KPI from the issue property.
    expect(facts).toContain('К выполнению');
    expect(facts).toMatch(/КПЭ \S+/);
    expect(facts).toContain(JIRA_ADMIN.name);
    const record = JSON.parse(await issue.locator('.wb-jira-issue__json').first().innerText()) as { kind?: string; source?: string; link?: { pageId?: string } };
    expect(record).toMatchObject({ kind: 'corrective-action', source: 'kpi-breach', link: { pageId: expect.any(String) } });
    const back = issue.locator('.wb-jira-issue__links a');
    expect(await back.count()).toBe(1);
    expect(await back.getAttribute('href')).toBe(`#/page/${record.link!.pageId}`);
    await tab.screenshot({ path: join(ARTIFACTS, 'jira-issue-ru-light-1200.png'), fullPage: true });
    await tab.locator('#wb-theme').selectOption('dark');
    await tab.screenshot({ path: join(ARTIFACTS, 'jira-issue-ru-dark-1200.png'), fullPage: true });
    await tab.locator('#wb-theme').selectOption('light');

    await tab.locator('#wb-jira-issues-link').click();
    const listed = tab.locator('.wb-jira-issues').first().locator('tbody tr').first();
    await listed.waitFor();
    expect(await listed.innerText()).toContain(issueKey);
    await tab.screenshot({ path: join(ARTIFACTS, 'jira-issues-ru-light-1200.png'), fullPage: true });

    // The remote link leads back to the card's Confluence page in the workbench.
    await tab.goto(`${journey.workbench.url}#/jira/browse/${issueKey}`);
    await tab.locator('.wb-jira-issue__links a').click();
    await tab.waitForURL(new RegExp(`#/page/${record.link!.pageId}$`));
    await tab.frameLocator(MACRO).getByRole('button', { name: KPI, exact: true }).waitFor();
    expect(tabProblems).toEqual([]);
    expect(journey.problems).toEqual([]);
    await tab.close();
  });
});
