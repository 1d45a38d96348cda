import { broadcastTheme } from './bridge-host';
import { hostText, type HostPage } from './host-page';
import { SETTING_KEYS, pageWidthOf } from './host-state';
import { isTextKey, languageOf } from './host-texts';
import { renderPage } from './page-view';
import { renderSidebar } from './pages-sidebar';
import { saveSetting } from './stored-setting';
import { colorModeOf } from './theme-attributes';

/**
 * The top bar's choices: colour mode, locale and user. Each is remembered, and each reaches
 * the macro the way Confluence's would: a theme message, or a reload with the new context.
 */
export function wireHeaderControls(host: HostPage): void {
  const { state, el } = host;
  el.theme.addEventListener('change', () => {
    state.colorMode = colorModeOf(el.theme.value);
    saveSetting(SETTING_KEYS.colorMode, state.colorMode);
    applyHostTheme(host);
    broadcastTheme(host);
  });
  el.locale.addEventListener('change', () => {
    state.locale = el.locale.value;
    saveSetting(SETTING_KEYS.locale, state.locale);
    applyHostTexts(host);
    renderSidebar(host);
    renderPage(host);
  });
  el.width.addEventListener('change', () => {
    state.pageWidth = pageWidthOf(el.width.value);
    saveSetting(SETTING_KEYS.pageWidth, state.pageWidth);
    applyPageWidth(host);
  });
  el.user.addEventListener('change', () => {
    state.accountId = el.user.value;
    saveSetting(SETTING_KEYS.accountId, state.accountId);
    // What was said to the previous user (saved, or read-only) is not about this one.
    state.notice = null;
    renderPage(host);
  });
}

/** The macro's iframe follows the page layout; it keeps its content and reports its new height. */
export function applyPageWidth(host: HostPage): void {
  host.el.page.classList.toggle('wb-page--fixed', host.state.pageWidth === 'fixed');
  host.el.width.value = host.state.pageWidth;
}

export function applyHostTheme(host: HostPage): void {
  document.documentElement.setAttribute('data-color-mode', host.state.colorMode);
  host.el.theme.value = host.state.colorMode;
}

/** Translates every element of index.html that names its string in `data-text`. */
export function applyHostTexts(host: HostPage): void {
  document.documentElement.lang = languageOf(host.state.locale);
  for (const node of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const key = node.getAttribute('data-text') ?? '';
    node.textContent = isTextKey(key) ? hostText(host, key) : key;
  }
}

/** Fills the user picker, keeping the remembered user when the site still has them. */
export function renderUsers(host: HostPage, defaultAccountId: string): void {
  const { state, el } = host;
  const known = state.users.some((user) => user.accountId === state.accountId);
  if (!known) state.accountId = defaultAccountId || state.users[0]?.accountId || '';
  el.user.textContent = '';
  for (const user of state.users) {
    const option = document.createElement('option');
    option.value = user.accountId;
    option.textContent = user.name;
    el.user.appendChild(option);
  }
  el.user.value = state.accountId;
}
