import { join } from 'node:path';
import type { FrameLocator } from 'playwright-core';
import { ARTIFACTS, browserJourney } from './support/browser-journey';
import { WORKBENCH_USERS } from '../../workbench/server/workbench-users';

/**
 * The issue panel in the workbench's Jira issue page: after a corrective action is raised from the
 * example card's off-target KPI, its issue shows the panel with the card live to the quality
 * manager, and only the record's snapshot, with the reason, to an auditor Confluence shows no page.
 */
const MACRO = 'iframe[title="Process card macro"]';
const ADMIN_PAGE = 'iframe[title="Process Cards in Jira"]';
const PANEL = 'iframe[title="Process Cards issue panel"]';
const KPI = 'Конверсия лидов в клиентов';
const QUALITY_MANAGER = WORKBENCH_USERS.find((user) => user.jiraAdmin === true)!;
const AUDITOR = WORKBENCH_USERS.find((user) => user.accountId === '5f1a-auditor')!;

jest.setTimeout(120_000);

describe('the Process Cards panel on a corrective action’s Jira issue (Chromium)', () => {
  const journey = browserJourney({ now: '2026-12-04T09:00:00Z', viewport: { width: 1200, height: 1000 } });
  const page = () => journey.page;
  const panel = (): FrameLocator => page().frameLocator(PANEL);
  let issueKey = '';

  const openIssue = async () => {
    await page().goto(`${journey.workbench.url}#/jira/browse/${issueKey}`);
    await page().locator('.wb-jira-issue').waitFor();
  };
  const shoot = (name: string) => page().locator('.wb-jira-issue__panel').screenshot({ path: join(ARTIFACTS, `${name}.png`) });

  it('shows the quality manager the card live: title, owner, page link, KPI with target, status and trend, and the record (stand-in behaviour: confirm on a dev site)', async () => {
    await page().goto(`${journey.workbench.url}#/jira/admin`);
    await page().locator('#wb-user option').first().waitFor({ state: 'attached' });
    await page().locator('#wb-user').selectOption(QUALITY_MANAGER.accountId);
    const admin = page().frameLocator(ADMIN_PAGE);
    await admin.getByRole('textbox', { name: 'Ключ проекта' }).fill('QMS');
    await admin.getByRole('button', { name: 'Показать план' }).click();
    await admin.getByRole('button', { name: 'Настроить проект' }).click();
    await admin.getByRole('heading', { name: 'Проект QMS готов' }).waitFor({ timeout: 60_000 });

    await page().goto(journey.workbench.url);
    const macro = page().frameLocator(MACRO);
    await macro.getByRole('button', { name: KPI, exact: true }).click();
    const actions = macro.locator('.pc-kpi-actions');
    await actions.getByRole('button', { name: 'Открыть корректирующее действие' }).click();
    await actions.getByRole('button', { name: 'Создать корректирующее действие в Jira' }).click();
    const created = actions.getByText(/В Jira создана задача QMS-\d+/);
    await created.waitFor();
    issueKey = /QMS-\d+/.exec(await created.innerText())![0];

    await openIssue();
    const card = panel().locator('section[aria-labelledby="pc-panel-card"]');
    await card.waitFor();
    expect(await card.innerText()).toMatch(/Карта процесса[\s\S]*Владелец процесса[\s\S]*Открыть страницу карты/);
    const kpi = panel().locator('section[aria-labelledby="pc-panel-kpi"]');
    const kpiText = await kpi.innerText();
    expect(kpiText).toContain(KPI);
    expect(kpiText).toMatch(/Цель\s+≥ 15 %/);
    expect(kpiText).toMatch(/Статус\s+Цель не достигнута/i);
    expect(kpiText).toContain('До действия');
    expect(kpiText).toContain('История эскалации');
    const record = await panel().locator('section[aria-labelledby="pc-panel-record"]').innerText();
    expect(record).toMatch(/Запись корректирующего действия[\s\S]*Показатель не достиг цели[\s\S]*периодов подряд в цели: 2/);
    expect(await panel().getByText('Показано, как было на момент создания действия').count()).toBe(0);
    await shoot('action-panel-live-ru-light');
    await page().locator('#wb-theme').selectOption('dark');
    await kpi.waitFor();
    await shoot('action-panel-live-ru-dark');
    await page().locator('#wb-theme').selectOption('light');

    // The page link goes through the platform's router: the card's page in the workbench.
    const [tab] = await Promise.all([page().context().waitForEvent('page'), card.getByRole('link', { name: 'Открыть страницу карты' }).click()]);
    await tab.waitForURL(/#\/page\/\d+$/);
    await tab.close();
    expect(journey.problems).toEqual([]);
  });

  it('shows an auditor who cannot see the card’s page only the snapshot, and says why, in English too', async () => {
    await openIssue();
    await page().locator('#wb-user').selectOption(AUDITOR.accountId);
    await openIssue();
    const notice = panel().getByRole('status').filter({ hasText: 'Показано, как было на момент создания действия' });
    await notice.waitFor();
    expect(await notice.innerText()).toContain('Вам не видна страница карты в Confluence');
    expect(await panel().locator('section[aria-labelledby="pc-panel-card"]').count()).toBe(0);
    expect(await panel().locator('section[aria-labelledby="pc-panel-kpi"]').innerText()).toMatch(/На \S+[\s\S]*Цель не достигнута/i);
    expect(await panel().locator('body').innerText()).not.toContain('Владелец процесса');
    await shoot('action-panel-snapshot-ru-light');

    await page().locator('#wb-locale').selectOption('en-GB');
    await openIssue();
    await panel().getByText('Shown as it was when the action was raised').waitFor();
    expect(await panel().locator('body').innerText()).toContain('You cannot see the card’s page in Confluence');
    await shoot('action-panel-snapshot-en-light');
    await page().locator('#wb-theme').selectOption('dark');
    await panel().getByText('Shown as it was when the action was raised').waitFor();
    await shoot('action-panel-snapshot-en-dark');

    await page().locator('#wb-user').selectOption(QUALITY_MANAGER.accountId);
    await openIssue();
    await panel().locator('section[aria-labelledby="pc-panel-card"]').waitFor();
    expect(await panel().locator('section[aria-labelledby="pc-panel-kpi"]').innerText()).toContain('Before the action');
    await shoot('action-panel-live-en-dark');
    await page().locator('#wb-theme').selectOption('light');
    await shoot('action-panel-live-en-light');
    expect(journey.problems).toEqual([]);
  });
});
