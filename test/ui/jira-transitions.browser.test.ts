import { join } from 'node:path';
import type { FrameLocator } from 'playwright-core';
import { ARTIFACTS, browserJourney } from './support/browser-journey';
import { WORKBENCH_USERS } from '../../workbench/server/workbench-users';

/**
 * The workbench's Jira issue page as Jira's issue view: the workflow buttons are the transitions
 * Jira offers the current user, and taking one runs the workflow's validators, the app's among
 * them. A corrective action raised from the card moves on to Evaluation, then is refused
 * Containment with the record validator's message until its panel step is done.
 */
const MACRO = 'iframe[title="Process card macro"]';
const ADMIN_PAGE = 'iframe[title="Process Cards in Jira"]';
const KPI = 'Конверсия лидов в клиентов';
const JIRA_ADMIN = WORKBENCH_USERS.find((user) => user.jiraAdmin === true)!;
const RECORD_REFUSAL = 'Complete this step in the Process Cards panel of the issue before moving it on.';

jest.setTimeout(120_000);

describe('the workflow buttons on the workbench’s Jira issue page (Chromium)', () => {
  const journey = browserJourney({ now: '2026-12-04T09:00:00Z', viewport: { width: 1200, height: 900 } });
  const page = () => journey.page;
  const macro = (): FrameLocator => page().frameLocator(MACRO);

  it('takes a transition and shows Jira’s refusal of the next one with the validator’s message (stand-in behaviour: confirm on a dev site)', async () => {
    await page().goto(`${journey.workbench.url}#/jira/admin`);
    await page().locator('#wb-user option').first().waitFor({ state: 'attached' });
    await page().locator('#wb-user').selectOption(JIRA_ADMIN.accountId);
    const admin = page().frameLocator(ADMIN_PAGE);
    await admin.getByRole('textbox', { name: 'Ключ проекта' }).fill('QMS');
    await admin.getByRole('button', { name: 'Показать план' }).click();
    await admin.getByRole('button', { name: 'Настроить проект' }).click();
    await admin.getByRole('heading', { name: 'Проект QMS готов' }).waitFor({ timeout: 60_000 });

    await page().goto(journey.workbench.url);
    await macro().getByRole('button', { name: KPI, exact: true }).click();
    const actions = macro().locator('.pc-kpi-actions');
    await actions.getByRole('button', { name: 'Открыть корректирующее действие' }).click();
    await actions.getByRole('button', { name: 'Создать корректирующее действие в Jira' }).click();
    const created = actions.getByText(/В Jira создана задача QMS-\d+/);
    await created.waitFor();
    const key = /QMS-\d+/.exec(await created.innerText())![0];

    await page().goto(`${journey.workbench.url}#/jira/browse/${key}`);
    const workflow = page().getByRole('region', { name: 'Рабочий процесс' });
    await workflow.getByRole('button', { name: 'Начать оценку' }).click();
    // Taken: the issue is shown again in its new status, with the buttons out of it.
    await page().locator('.wb-jira-issue__facts').getByText(/Оценка/).waitFor();
    await workflow.getByRole('button', { name: 'Локализовать' }).click();
    const refusal = workflow.locator('.wb-jira-workflow__outcome');
    await refusal.getByText(RECORD_REFUSAL).waitFor();
    expect(await refusal.innerText()).toContain('Jira не выполнила переход:');
    expect(await page().locator('.wb-jira-issue__facts').innerText()).toMatch(/КД: Оценка/i);
    await page().screenshot({ path: join(ARTIFACTS, 'jira-issue-transition-refused-ru-light-1200.png'), fullPage: true });
    expect(journey.problems).toEqual([]);
  });
});
