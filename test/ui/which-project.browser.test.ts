import { join } from 'node:path';
import type { FrameLocator } from 'playwright-core';
import { ARTIFACTS, browserJourney } from './support/browser-journey';
import { WORKBENCH_USERS } from '../../workbench/server/workbench-users';

/**
 * Which project in the workbench: before Jira is set up, the card's Jira settings say so and
 * offer nothing; the Jira admin sets up QMS and AUD and makes AUD the site default; the quality
 * manager then sends the example card's actions to QMS instead, and turns automatic raising on.
 * The process owner, whom Jira does not let create issues in AUD, may not move automatic raising
 * there; a reader opening the panel is told who can change it and shown no project.
 * Screenshots at Confluence's fixed width (720 px), light and dark, Russian and English.
 */
const MACRO = 'iframe[title="Process card macro"]';
const ADMIN_PAGE = 'iframe[title="Process Cards in Jira"]';
const JIRA_ADMIN = WORKBENCH_USERS.find((user) => user.jiraAdmin === true)!;
const PROCESS_OWNER = WORKBENCH_USERS.find((user) => user.accountId === '5f1a-process-owner')!;
const READER = WORKBENCH_USERS.find((user) => user.accountId === '5f1a-reader')!;

jest.setTimeout(150_000);

describe('which Jira project: the site default and the card’s own (Chromium)', () => {
  const journey = browserJourney({ now: '2026-12-04T09:00:00Z', viewport: { width: 1280, height: 1000 } });
  const page = () => journey.page;
  const macro = (): FrameLocator => page().frameLocator(MACRO);
  const admin = (): FrameLocator => page().frameLocator(ADMIN_PAGE);
  const panel = () => macro().locator('section.pc-jira-settings');

  const use = async (locale: 'ru-RU' | 'en-GB', mode: 'light' | 'dark', frame: FrameLocator, user = JIRA_ADMIN) => {
    await page().locator('#wb-user option').first().waitFor({ state: 'attached' });
    if ((await page().locator('#wb-user').inputValue()) !== user.accountId) await page().locator('#wb-user').selectOption(user.accountId);
    if ((await page().locator('#wb-locale').inputValue()) !== locale) await page().locator('#wb-locale').selectOption(locale);
    if ((await page().locator('#wb-theme').inputValue()) !== mode) await page().locator('#wb-theme').selectOption(mode);
    await frame.locator(`html[data-color-mode="${mode}"]`).waitFor({ state: 'attached' });
  };
  const openCardSettings = async (locale: 'ru-RU' | 'en-GB', mode: 'light' | 'dark', user = JIRA_ADMIN) => {
    await page().goto(journey.workbench.url);
    await use(locale, mode, macro(), user);
    await page().locator('#wb-width').selectOption('fixed');
    await macro().getByRole('button', { name: locale === 'ru-RU' ? 'Настройки Jira' : 'Jira settings' }).click();
    await panel().locator('.pc-jira-settings__heading').waitFor();
    expect(await page().locator(MACRO).evaluate((frame) => frame.getBoundingClientRect().width)).toBeLessThanOrEqual(720);
  };
  const provision = async (key: string) => {
    await admin().getByRole('textbox', { name: 'Project key' }).fill(key);
    await admin().getByRole('button', { name: 'Show the plan' }).click();
    await admin().getByRole('button', { name: 'Set up the project' }).click();
    await admin().getByRole('heading', { name: `Project ${key} is ready` }).waitFor({ timeout: 60_000 });
  };
  const overflows = () => panel().evaluate((section) => section.scrollWidth > section.clientWidth);

  it('says Jira is not connected in the card’s settings before any project is set up, offering nothing', async () => {
    await openCardSettings('en-GB', 'light');
    await panel().getByText(/Jira is not connected/).waitFor();
    expect(await panel().locator('select, input, button.pc-button--primary').count()).toBe(0);
    await panel().screenshot({ path: join(ARTIFACTS, 'jira-settings-not-connected-en-light.png') });
  });

  it('lets the Jira admin make the second project set up the site default', async () => {
    await page().goto(`${journey.workbench.url}#/jira/admin`);
    await use('en-GB', 'light', admin());
    await admin().getByText(/No project is set up yet/).waitFor();
    await provision('QMS');
    await provision('AUD');
    const projects = admin().locator('.pc-jira-admin__projects');
    // The first one set up became the default by itself.
    await projects.getByRole('radio', { name: /QMS · site default/ }).waitFor();
    expect(await projects.getByRole('radio', { name: /QMS/ }).isChecked()).toBe(true);
    await projects.getByRole('radio', { name: /AUD/ }).check();
    await projects.getByRole('button', { name: 'Make it the default' }).click();
    await projects.getByText('AUD is now the site default.').waitFor();
    await projects.getByRole('radio', { name: /AUD · site default/ }).waitFor();
    await page().setViewportSize({ width: 720 + 260, height: 1000 });
    await projects.screenshot({ path: join(ARTIFACTS, 'jira-admin-default-en-light.png') });
    await use('ru-RU', 'dark', admin());
    await admin().locator('.pc-jira-admin__projects').getByRole('radio', { name: /AUD · по умолчанию/ }).waitFor();
    await admin().locator('.pc-jira-admin__projects').screenshot({ path: join(ARTIFACTS, 'jira-admin-default-ru-dark.png') });
    await page().setViewportSize({ width: 1280, height: 1000 });
    expect(journey.problems).toEqual([]);
  });

  it('sends the card’s actions to QMS instead of the site default, with automatic raising on, at 720 px', async () => {
    await openCardSettings('ru-RU', 'light');
    const project = panel().getByLabel('Проект для корректирующих действий и улучшений этой карты');
    expect(await project.locator('option').allInnerTexts()).toEqual(['По умолчанию для сайта (AUD)', 'AUD', 'QMS']);
    expect(await project.inputValue()).toBe('');
    const auto = panel().getByRole('checkbox', { name: /Создавать корректирующее действие автоматически/ });
    expect(await auto.isChecked()).toBe(false);
    await project.selectOption({ label: 'QMS' });
    await auto.check();
    await panel().getByRole('button', { name: 'Сохранить' }).click();
    await panel().getByText('Настройки сохранены.').waitFor();
    expect(await overflows()).toBe(false);
    await panel().screenshot({ path: join(ARTIFACTS, 'jira-settings-saved-ru-light.png') });

    // Read again, in English and dark: the card keeps QMS and the toggle.
    await openCardSettings('en-GB', 'dark');
    const again = panel().getByLabel('Project for this card’s corrective actions and improvements');
    expect(await again.locator('option:checked').innerText()).toBe('QMS');
    expect(await panel().getByRole('checkbox', { name: /Raise a corrective action automatically/ }).isChecked()).toBe(true);
    await panel().getByText(/never twice for the same breach/).waitFor();
    expect(await overflows()).toBe(false);
    await panel().screenshot({ path: join(ARTIFACTS, 'jira-settings-en-dark.png') });
    expect(journey.problems).toEqual([]);
  });

  it('keeps automatic raising out of AUD for the process owner, whom Jira does not let create issues there', async () => {
    await openCardSettings('en-GB', 'light', PROCESS_OWNER);
    const project = panel().getByLabel('Project for this card’s corrective actions and improvements');
    await panel().getByText(/needs your own permission to create issues in that project/).waitFor();
    await project.selectOption({ label: 'AUD' });
    await panel().getByRole('button', { name: 'Save' }).click();
    await panel().getByText(/Jira does not let you create issues in project AUD/).waitFor();
    expect(await overflows()).toBe(false);
    await panel().screenshot({ path: join(ARTIFACTS, 'jira-settings-refused-en-light.png') });
    // Nothing was saved: read again, the card keeps QMS.
    await openCardSettings('ru-RU', 'dark', PROCESS_OWNER);
    expect(await panel().getByLabel('Проект для корректирующих действий и улучшений этой карты').locator('option:checked').innerText()).toBe('QMS');
    expect(journey.problems).toEqual([]);
  });

  it('tells a reader who can change the Jira settings, and shows them no project', async () => {
    await openCardSettings('ru-RU', 'light', READER);
    await panel().getByText('Менять настройки Jira этой карты могут только редакторы страницы и владелец процесса.').waitFor();
    expect(await panel().locator('select, input, button.pc-button--primary').count()).toBe(0);
    expect(await panel().innerText()).not.toMatch(/QMS|AUD/);
    await panel().screenshot({ path: join(ARTIFACTS, 'jira-settings-reader-ru-light.png') });
    await openCardSettings('en-GB', 'dark', READER);
    await panel().getByText('Only the page’s editors and the process owner can change the Jira settings of this card.').waitFor();
    await panel().screenshot({ path: join(ARTIFACTS, 'jira-settings-reader-en-dark.png') });
    expect(journey.problems).toEqual([]);
  });
});
