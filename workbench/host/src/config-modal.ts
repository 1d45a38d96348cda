import { CONFIG_MODULE } from './app-modules';
import { currentPage, mayEdit } from './host-state';
import type { HostPage } from './host-page';
import { showNotice } from './page-view';

/** The macro's config view in a modal, as Confluence opens it from the macro's edit button. */
export function wireConfigModal(host: HostPage): void {
  const { el, frames } = host;
  el.configure.addEventListener('click', () => openConfig(host));
  el.configClose.addEventListener('click', () => closeConfig(host));
  el.configDialog.addEventListener('close', () => {
    frames.forgetModule(CONFIG_MODULE);
    el.configFrame.textContent = '';
  });
}

function openConfig(host: HostPage): void {
  const page = currentPage(host.state);
  if (page === null) return;
  // Confluence offers a macro's settings only in the editor, which a view-only reader cannot open.
  if (!mayEdit(host.state)) {
    host.state.notice = { pageId: page.pageId, text: 'readOnly' };
    showNotice(host);
    return;
  }
  host.el.configFrame.textContent = '';
  host.el.configFrame.appendChild(host.frames.create(CONFIG_MODULE, page.pageId, false));
  host.el.configDialog.showModal();
}

export function closeConfig(host: HostPage): void {
  if (host.el.configDialog.open) host.el.configDialog.close();
}
