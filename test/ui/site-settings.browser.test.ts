import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { launchChromium, type LaunchedBrowser } from './support/launch-chromium';
import { startWorkbenchProcess, type WorkbenchProcess } from './support/start-workbench-process';
import { watchedPage } from './support/watched-page';
import { WORKBENCH_USERS } from '../../workbench/server/workbench-users';

/**
 * The app's global settings page in the workbench, as Manage apps → Configure opens it: the
 * production build of static/site-settings, its own handler behind it, the Confluence stand-in
 * telling admins from everyone else. Screenshots go to test-artifacts/.
 */
const REPO = join(__dirname, '..', '..');
const ARTIFACTS = join(REPO, 'test-artifacts');
const SETTINGS = 'iframe[title="Process Cards settings"]';
const ADMIN = WORKBENCH_USERS.find((user) => user.confluenceAdmin === true)!;
const READER = WORKBENCH_USERS.find((user) => user.canEdit === false && user.canRead !== false)!;

jest.setTimeout(60_000);

describe('the Process Cards settings page in Chromium', () => {
  let workbench: WorkbenchProcess;
  let browser: LaunchedBrowser;
  let page: Page;
  let problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    workbench = await startWorkbenchProcess([]);
    browser = await launchChromium();
    const watched = await watchedPage(browser);
    page = watched.page;
    problems = watched.problems;
  }, 200_000);

  afterAll(async () => {
    await browser?.close();
    await workbench?.stop();
  });

  const settings = (): FrameLocator => page.frameLocator(SETTINGS);
  const shoot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `site-settings-${name}.png`), fullPage: true });

  const open = async (accountId: string, locale: 'ru-RU' | 'en-GB') => {
    await page.goto(`${workbench.url}#/settings`);
    await page.locator('#wb-user option').first().waitFor({ state: 'attached' });
    if ((await page.locator('#wb-locale').inputValue()) !== locale) await page.locator('#wb-locale').selectOption(locale);
    if ((await page.locator('#wb-user').inputValue()) !== accountId) await page.locator('#wb-user').selectOption(accountId);
    await settings().locator('.pc-site__section[aria-busy="false"]').last().waitFor();
  };

  const useTheme = async (mode: 'light' | 'dark') => {
    await page.locator('#wb-theme').selectOption(mode);
    await settings().locator(`html[data-color-mode="${mode}"]`).waitFor({ state: 'attached' });
  };

  it('is reached from the sidebar like Manage apps → Configure, and starts with how to get started', async () => {
    await page.goto(workbench.url);
    await page.getByRole('link', { name: 'Настройки Process Cards' }).click();
    await settings().getByRole('heading', { name: 'Начало работы', level: 2 }).waitFor();
    expect(await page.getByRole('link', { name: 'Настройки Process Cards' }).getAttribute('aria-current')).toBe('page');
    expect(await page.locator('#wb-configure').isHidden()).toBe(true);
    expect(await settings().getByRole('listitem').filter({ hasText: '/Process card' }).count()).toBe(1);
  });

  it('lets the site admin find a time zone, save it, and see it again after a reload', async () => {
    await open(ADMIN.accountId, 'en-GB');
    const frame = settings();
    await frame.getByText('Now set: UTC').waitFor();
    await frame.getByRole('searchbox', { name: 'Find a time zone' }).fill('moscow');
    await frame.getByText('Matching time zones: 1.').waitFor();
    await frame.getByRole('listbox', { name: 'Time zone of the site' }).selectOption('Europe/Moscow');
    await shoot('admin-en-light');
    await frame.getByRole('button', { name: 'Save' }).click();
    await frame.getByText(/^Saved\. The site time zone is now Europe\/Moscow/).waitFor();

    await page.reload();
    await settings().getByText(/^Now set: Europe\/Moscow \(GMT\+3\)/).waitFor();
    expect(await settings().getByRole('listbox', { name: 'Time zone of the site' }).inputValue()).toBe('Europe/Moscow');
    await useTheme('dark');
    await shoot('admin-en-dark');
    await useTheme('light');
  });

  it('shows the view-only reader the time zone read-only, saying only site admins can change it', async () => {
    await open(READER.accountId, 'ru-RU');
    const frame = settings();
    await frame.getByText('Изменять эти настройки могут только администраторы сайта Confluence.').waitFor();
    await frame.getByText(/^Europe\/Moscow \(GMT\+3\)$/).waitFor();
    expect(await frame.getByRole('button', { name: 'Сохранить' }).count()).toBe(0);
    expect(await frame.getByRole('listbox').count()).toBe(0);
    await shoot('reader-ru-light');
    await useTheme('dark');
    await shoot('reader-ru-dark');
    await useTheme('light');
  });

  it('reads in Russian for the admin, light and dark, and names a made-up search plainly', async () => {
    await open(ADMIN.accountId, 'ru-RU');
    const frame = settings();
    await frame.getByRole('heading', { name: 'Настройки сайта' }).waitFor();
    await frame.getByRole('searchbox', { name: 'Найти часовой пояс' }).fill('Атлантида');
    await frame.getByText('Нет часовых поясов, подходящих под «Атлантида».').waitFor();
    await frame.getByRole('searchbox', { name: 'Найти часовой пояс' }).fill('');
    await shoot('admin-ru-light');
    await useTheme('dark');
    await shoot('admin-ru-dark');
    await useTheme('light');
    await open(READER.accountId, 'en-GB');
    await settings().getByText('Only Confluence site admins can change these settings.').waitFor();
    await shoot('reader-en-light');
    expect(problems).toEqual([]);
  });
});
