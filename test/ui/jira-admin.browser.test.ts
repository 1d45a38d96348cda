import { join } from 'node:path';
import type { FrameLocator } from 'playwright-core';
import { ARTIFACTS, browserJourney } from './support/browser-journey';
import { WORKBENCH_USERS } from '../../workbench/server/workbench-users';

/**
 * The Jira admin page in the workbench (Jira settings → Apps): the production build of
 * static/jira-admin, its own handler, the Jira stand-in behind it. A Jira admin provisions the
 * QMS project (which has issues, so its workflow scheme is switched by Jira's task) and sees the
 * team-managed project explained. Screenshots go to test-artifacts/.
 */
const ADMIN_PAGE = 'iframe[title="Process Cards in Jira"]';
const JIRA_ADMIN = WORKBENCH_USERS.find((user) => user.jiraAdmin === true)!;
const EDITOR = WORKBENCH_USERS.find((user) => user.jiraAdmin !== true && user.jiraAccess !== false && user.canEdit === true)!;

jest.setTimeout(90_000);

describe('the Jira admin page in Chromium', () => {
  const journey = browserJourney();
  const page = () => journey.page;

  const admin = (): FrameLocator => page().frameLocator(ADMIN_PAGE);
  const shoot = (name: string) => page().screenshot({ path: join(ARTIFACTS, `jira-admin-${name}.png`), fullPage: true });

  const open = async (accountId: string, locale: 'ru-RU' | 'en-GB', mode: 'light' | 'dark' = 'light') => {
    await page().goto(`${journey.workbench.url}#/jira/admin`);
    await page().locator('#wb-user option').first().waitFor({ state: 'attached' });
    if ((await page().locator('#wb-locale').inputValue()) !== locale) await page().locator('#wb-locale').selectOption(locale);
    if ((await page().locator('#wb-user').inputValue()) !== accountId) await page().locator('#wb-user').selectOption(accountId);
    if ((await page().locator('#wb-theme').inputValue()) !== mode) await page().locator('#wb-theme').selectOption(mode);
    await admin().locator(`html[data-color-mode="${mode}"]`).waitFor({ state: 'attached' });
    await admin().locator('.pc-jira-admin__form').waitFor();
  };

  const showPlan = async (key: string, label: RegExp) => {
    await admin().getByRole('textbox', { name: label }).fill(key);
    await admin().getByRole('button', { name: /Show the plan|Показать план/ }).click();
  };

  it('shows the plan for QMS before writing anything, then provisions it to the end (stand-in behaviour: confirm on a dev site)', async () => {
    await open(JIRA_ADMIN.accountId, 'en-GB');
    await showPlan('QMS', /Project key/);
    const table = admin().locator('.pc-jira-admin__table');
    await table.waitFor();
    await expectText(admin().locator('.pc-jira-admin__plan'), /Nothing has been written yet/);
    expect(await table.getByRole('row').count()).toBeGreaterThan(10);
    await expectText(table, /Process Cards: Corrective action/);
    await expectText(admin().locator('.pc-jira-admin__plan'), /default issue type scheme/);
    await shoot('plan-en-light');
    await admin().getByRole('button', { name: 'Set up the project' }).click();
    await admin().getByRole('heading', { name: 'Project QMS is ready' }).waitFor({ timeout: 60_000 });
    await shoot('done-en-light');
    // A second look: nothing left to do.
    await showPlan('QMS', /Project key/);
    await admin().getByText(/Running it again changes nothing/).waitFor();
    expect(journey.problems).toEqual([]);
  });

  it('explains a team-managed project, in Russian, light and dark (stand-in behaviour: confirm on a dev site)', async () => {
    await open(JIRA_ADMIN.accountId, 'ru-RU');
    await showPlan('MKT', /Ключ проекта/);
    await admin().getByText(/управляется командой/).waitFor();
    await expect(admin().getByRole('button', { name: 'Настроить проект' }).count()).resolves.toBe(0);
    await shoot('team-managed-ru-light');
    await open(JIRA_ADMIN.accountId, 'ru-RU', 'dark');
    await showPlan('QMS', /Ключ проекта/);
    await admin().getByText(/Повторный запуск ничего не изменит/).waitFor();
    await shoot('done-ru-dark');
  });

  it('tells a Jira user who is no admin that Jira refused, beside a bad key refused before asking', async () => {
    await open(EDITOR.accountId, 'en-GB', 'dark');
    await showPlan('qms!', /Project key/);
    await admin().getByText('Enter the key of a Jira project, e.g. QMS.').waitFor();
    // The projects section is refused on opening, the plan when asked.
    await admin().locator('.pc-jira-admin__projects').getByText(/needs the Jira administrator permission/).waitFor();
    await showPlan('QMS', /Project key/);
    await admin().locator('.pc-jira-admin__section').getByText(/needs the Jira administrator permission/).waitFor();
    await shoot('refused-en-dark');
  });
});

async function expectText(locator: ReturnType<FrameLocator['locator']>, text: RegExp): Promise<void> {
  expect(await locator.innerText()).toMatch(text);
}
