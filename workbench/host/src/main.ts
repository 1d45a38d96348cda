/*
 * The workbench page: a stand-in for a Confluence space. It lists the pages, shows the
 * selected page with the app's macro in an iframe (the production build, as Forge serves
 * it), and answers the bridge calls the iframes send (bridge-host.ts, bridge-calls.ts).
 * Nothing here polls or streams: the page settles once the macro has rendered.
 */
import { startBridgeHost } from './bridge-host';
import { wireConfigModal } from './config-modal';
import { messageOf } from './error-message';
import { applyHostTexts, applyHostTheme, applyPageWidth, renderUsers, wireHeaderControls } from './header-controls';
import { findHostElements } from './host-elements';
import { hostText, type HostPage } from './host-page';
import { createHostState } from './host-state';
import { HostedFrames } from './hosted-frames';
import { wireNewPageDialog } from './new-page-dialog';
import { wirePlatformControls } from './platform-controls';
import { selectFromHash } from './pages-sidebar';
import { fetchPages, fetchUsers } from './workbench-api';

const host: HostPage = { state: createHostState(), el: findHostElements(), frames: new HostedFrames() };

startBridgeHost(host);
wireConfigModal(host);
wireNewPageDialog(host);
wireHeaderControls(host);
wirePlatformControls(host);
window.addEventListener('hashchange', () => selectFromHash(host));

applyHostTheme(host);
applyPageWidth(host);
host.el.locale.value = host.state.locale;
applyHostTexts(host);
Promise.all([fetchPages(), fetchUsers()]).then(
  ([pages, users]) => {
    host.state.pages = pages.pages;
    host.state.firstPageId = pages.firstPageId;
    host.state.users = users.users;
    renderUsers(host, users.defaultAccountId);
    selectFromHash(host);
  },
  (error: unknown) => {
    host.el.status.textContent = hostText(host, 'loadFailed') + messageOf(error);
  },
);
