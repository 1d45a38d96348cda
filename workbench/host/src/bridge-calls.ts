import { CONFIG_MODULE } from './app-modules';
import type { BridgeCallName, ThemingAnswer } from './bridge-messages';
import { closeConfig } from './config-modal';
import { messageOf } from './error-message';
import { fullContext, invokeContext } from './forge-context';
import type { HostPage } from './host-page';
import { replacePage } from './host-state';
import type { HostedFrame } from './hosted-frames';
import { renderPage } from './page-view';
import { invokeFunction, saveMacroConfig } from './workbench-api';
import { workbenchHashOf } from '../../common/workbench-site';

type BridgeCall = (host: HostPage, frame: HostedFrame, payload: unknown) => unknown;

/**
 * The host's answers to the bridge calls an iframe makes, as Confluence gives them. A call
 * that throws or rejects reaches the app as a rejected promise with the error's message.
 */
export const BRIDGE_CALLS: Record<BridgeCallName, BridgeCall> = {
  invoke: async (host, frame, payload) => {
    const functionKey = fieldOf(payload, 'functionKey');
    if (typeof functionKey !== 'string') throw new Error('functionKey must be a string!');
    const inner = fieldOf(payload, 'payload');
    const request = { functionKey, payload: inner ?? {}, context: invokeContext(host.state, frame) };
    try {
      return await invokeFunction(request);
    } catch (error) {
      // Forge rejects the invoke promise when the function itself fails.
      throw new Error(`There was an error invoking the function - ${messageOf(error)}`);
    }
  },

  getContext: (host, frame) => fullContext(host.state, frame),

  enableTheming: (host, frame): ThemingAnswer => {
    frame.themed = true;
    return { colorMode: host.state.colorMode };
  },

  submit: async (host, frame, payload) => {
    // Only a config view is submittable; the bridge turns `false` into its own error.
    if (frame.moduleKey !== CONFIG_MODULE.key) return false;
    const config = fieldOf(payload, 'config');
    if (typeof config !== 'object' || config === null || Array.isArray(config)) {
      throw new Error('Invalid "config" provided. Expected object');
    }
    replacePage(host.state, await saveMacroConfig(frame.pageId, config, host.state.accountId));
    host.state.notice = { pageId: frame.pageId, text: 'saved' };
    closeConfig(host);
    renderPage(host);
    return true;
  },

  // router.open / router.navigate: Confluence opens the URL (a new tab for `new-tab`); the workbench does the same, for http(s) only.
  // A link on the workbench's site (an issue, a page) opens the workbench's own page for it.
  navigate: (_host, _frame, payload) => {
    const url = fieldOf(payload, 'url');
    if (typeof url !== 'string' || !/^https?:\/\//.test(url)) throw new Error('navigate needs an http(s) url');
    const own = workbenchHashOf(url);
    const target = own === null ? url : `${window.location.origin}/${own}`;
    if (fieldOf(payload, 'type') === 'new-tab') window.open(target, '_blank', 'noopener');
    else window.location.assign(target);
    return undefined;
  },

  close: (host, frame) => {
    if (frame.moduleKey !== CONFIG_MODULE.key) return false;
    closeConfig(host);
    return true;
  },
};

function fieldOf(payload: unknown, key: string): unknown {
  return typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>)[key] : undefined;
}
