import { join } from 'node:path';
import type { FrameLocator } from 'playwright-core';
import { ARTIFACTS, browserJourney } from './support/browser-journey';
import { WORKBENCH_USERS } from '../../workbench/server/workbench-users';

/**
 * Who may close by override, on the Jira admin page in the workbench: the Jira admin sets QMS
 * up, finds the quality-managers group by part of its name and chooses it; the page says the
 * workflows change with it, and QMS's plan then shows the corrective action's workflow to
 * update. Screenshots at 720 px, light and dark, English and Russian.
 */
const ADMIN_PAGE = 'iframe[title="Process Cards in Jira"]';
const JIRA_ADMIN = WORKBENCH_USERS.find((user) => user.jiraAdmin === true)!;

jest.setTimeout(120_000);

describe('choosing who may close by override (Chromium)', () => {
  const journey = browserJourney({ viewport: { width: 720 + 260, height: 1000 } });
  const page = () => journey.page;
  const admin = (): FrameLocator => page().frameLocator(ADMIN_PAGE);
  const section = () => admin().locator('.pc-jira-admin__override');

  const use = async (locale: 'ru-RU' | 'en-GB', mode: 'light' | 'dark') => {
    await page().locator('#wb-user option').first().waitFor({ state: 'attached' });
    if ((await page().locator('#wb-user').inputValue()) !== JIRA_ADMIN.accountId) await page().locator('#wb-user').selectOption(JIRA_ADMIN.accountId);
    if ((await page().locator('#wb-locale').inputValue()) !== locale) await page().locator('#wb-locale').selectOption(locale);
    if ((await page().locator('#wb-theme').inputValue()) !== mode) await page().locator('#wb-theme').selectOption(mode);
    await admin().locator(`html[data-color-mode="${mode}"]`).waitFor({ state: 'attached' });
  };

  it('finds a group, chooses it, says the workflows change, and the plan shows the upgrade (stand-in behaviour: confirm on a dev site)', async () => {
    await page().goto(`${journey.workbench.url}#/jira/admin`);
    await use('en-GB', 'light');
    await admin().getByRole('textbox', { name: 'Project key' }).fill('QMS');
    await admin().getByRole('button', { name: 'Show the plan' }).click();
    await admin().getByRole('button', { name: 'Set up the project' }).click();
    await admin().getByRole('heading', { name: 'Project QMS is ready' }).waitFor({ timeout: 60_000 });

    await section().getByText('Now: Project administrators (default)').waitFor();
    expect(await section().getByRole('radio', { name: 'Project administrators (default)' }).isChecked()).toBe(true);
    await section().getByRole('searchbox', { name: 'Find a Jira group' }).fill('QUALITY');
    await section().getByRole('button', { name: 'Search' }).click();
    const group = section().getByRole('radio', { name: 'Members of the group quality-managers' });
    await group.check();
    await section().getByRole('button', { name: 'Save' }).click();
    await section().getByText(/Saved\. The workflows change with it/).waitFor();
    await section().getByText('Now: Members of the group quality-managers').waitFor();
    expect(await page().locator(ADMIN_PAGE).evaluate((frame) => frame.getBoundingClientRect().width)).toBeLessThanOrEqual(720);
    await section().screenshot({ path: join(ARTIFACTS, 'jira-admin-override-en-light.png') });

    // A search that finds nothing says so.
    await section().getByRole('searchbox', { name: 'Find a Jira group' }).fill('no such team');
    await section().getByRole('button', { name: 'Search' }).click();
    await section().getByText('No group’s name contains “no such team”.').waitFor();

    await admin().getByRole('button', { name: 'Show the plan' }).click();
    await admin().locator('.pc-jira-admin__table').getByRole('row', { name: /Process Cards: Corrective action/ }).waitFor();

    await use('ru-RU', 'dark');
    await section().getByText('Сейчас: Участники группы quality-managers').waitFor();
    await section().screenshot({ path: join(ARTIFACTS, 'jira-admin-override-ru-dark.png') });
    expect(journey.problems).toEqual([]);
  });
});
