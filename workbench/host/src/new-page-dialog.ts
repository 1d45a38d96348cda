import { messageOf } from './error-message';
import { hostText, type HostPage } from './host-page';
import { pageHash } from './pages-sidebar';
import { createPage } from './workbench-api';

/** "+ New page": a page with an empty macro, opened once the server has made it. */
export function wireNewPageDialog(host: HostPage): void {
  const { state, el } = host;
  const showError = (message: string) => {
    el.newPageError.textContent = message;
    el.newPageError.hidden = false;
  };

  el.newPage.addEventListener('click', () => {
    el.newPageError.hidden = true;
    el.newPageDialog.showModal();
    el.newPageName.focus();
  });
  el.newPageCancel.addEventListener('click', () => el.newPageDialog.close());
  el.newPageForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const title = el.newPageName.value.trim();
    if (title === '') {
      showError(hostText(host, 'pageTitle'));
      return;
    }
    createPage(title).then(
      (page) => {
        state.pages = state.pages.concat([page]);
        el.newPageDialog.close();
        el.newPageName.value = '';
        // The hashchange listener opens it.
        window.location.hash = pageHash(page.pageId);
      },
      (error: unknown) => showError(messageOf(error)),
    );
  });
}
