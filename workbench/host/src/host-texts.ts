/** The workbench page's own strings (the app's strings live in static/shared/i18n). */
const EN = {
  workbench: 'local workbench',
  theme: 'Theme',
  light: 'Light',
  dark: 'Dark',
  language: 'Language',
  user: 'User',
  pageWidth: 'Page width',
  widthFixed: 'Fixed width',
  widthFull: 'Full width',
  pages: 'Pages',
  newPage: '+ New page',
  configure: 'Configure macro',
  configTitle: 'Process card — macro settings',
  close: 'Close',
  newPageTitle: 'New page',
  newPageIntro: 'The page gets an empty Process card macro.',
  pageTitle: 'Page title',
  cancel: 'Cancel',
  create: 'Create',
  space: 'Space',
  noPages: 'No pages yet.',
  loadFailed: 'The workbench could not load its pages: ',
  saved: 'Macro settings saved.',
  manageApps: 'Manage apps',
  appSettings: 'Process Cards settings',
  jiraSettings: 'Jira settings → Apps',
  jiraAdmin: 'Process Cards in Jira',
  readOnly: 'You may only view this page: only people who may edit it can change the macro settings. Choose another user to configure the macro.',
  today: 'Today',
  scheduledTrigger: 'Scheduled trigger',
  runTrigger: 'Run',
  triggerRan: 'Ran',
  triggerFailed: 'Failed: ',
};

export type TextKey = keyof typeof EN;

const RU: Record<TextKey, string> = {
  workbench: 'локальный стенд',
  theme: 'Тема',
  light: 'Светлая',
  dark: 'Тёмная',
  language: 'Язык',
  user: 'Пользователь',
  pageWidth: 'Ширина страницы',
  widthFixed: 'Фиксированная',
  widthFull: 'Во всю ширину',
  pages: 'Страницы',
  newPage: '+ Новая страница',
  configure: 'Настроить макрос',
  configTitle: 'Карта процесса — настройки макроса',
  close: 'Закрыть',
  newPageTitle: 'Новая страница',
  newPageIntro: 'На странице будет пустой макрос «Карта процесса».',
  pageTitle: 'Название страницы',
  cancel: 'Отмена',
  create: 'Создать',
  space: 'Пространство',
  noPages: 'Страниц пока нет.',
  loadFailed: 'Стенд не смог загрузить страницы: ',
  saved: 'Настройки макроса сохранены.',
  manageApps: 'Управление приложениями',
  appSettings: 'Настройки Process Cards',
  jiraSettings: 'Настройки Jira → Приложения',
  jiraAdmin: 'Process Cards в Jira',
  readOnly: 'Вы можете только просматривать эту страницу: менять настройки макроса могут лишь те, кто вправе её редактировать. Выберите другого пользователя, чтобы настроить макрос.',
  today: 'Сегодня',
  scheduledTrigger: 'Плановый запуск',
  runTrigger: 'Запустить',
  triggerRan: 'Выполнено',
  triggerFailed: 'Ошибка: ',
};

/** Russian for `ru-*` locales, English otherwise, as the macro itself decides. */
export function languageOf(locale: string): 'ru' | 'en' {
  return /^ru/i.test(locale) ? 'ru' : 'en';
}

export function textOf(locale: string, key: TextKey): string {
  return (languageOf(locale) === 'ru' ? RU : EN)[key];
}

/** For `data-text` attributes in the page: an unknown key shows as itself. */
export function isTextKey(key: string): key is TextKey {
  return Object.hasOwn(EN, key);
}
