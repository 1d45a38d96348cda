/*
 * The workbench's stand-in for the script Forge runs inside a Custom UI iframe. It must run
 * before the app bundle: @forge/bridge reads `window.__bridge.callBridge` when its modules
 * load, so this is built as a classic script (IIFE) and injected first into <head>. Each
 * call goes to the host page (bridge-host.ts) by postMessage and resolves with the host's
 * answer, as between a Forge iframe and Confluence.
 */
import { BRIDGE_CHANNEL, readHostMessage, type FrameToHostMessage } from './bridge-messages';
import { applyTheme } from './iframe-theme';
import { reportHeightChanges } from './iframe-height';

type CallBridge = (name: string, payload?: unknown) => Promise<unknown>;

declare global {
  interface Window {
    __bridge?: { callBridge: CallBridge };
  }
}

interface PendingCall {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

const pending = new Map<number, PendingCall>();
let nextId = 1;
let themed = false;

function send(message: FrameToHostMessage): void {
  window.parent.postMessage(message, window.location.origin);
}

const callBridge: CallBridge = (name, payload) =>
  new Promise<unknown>((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    try {
      send({ channel: BRIDGE_CHANNEL, kind: 'call', id, name, payload: payload === undefined ? null : payload });
    } catch (error) {
      pending.delete(id);
      reject(error);
    }
  }).then((answer) => {
    if (name !== 'enableTheming') return answer;
    themed = true;
    const colorMode = typeof answer === 'object' && answer !== null && 'colorMode' in answer ? answer.colorMode : undefined;
    return applyTheme(colorMode);
  });

window.addEventListener('message', (event) => {
  if (event.source !== window.parent || event.origin !== window.location.origin) return;
  const message = readHostMessage(event.data);
  if (message === null) return;
  if (message.kind === 'answer') {
    const call = pending.get(message.id);
    if (!call) return;
    pending.delete(message.id);
    if (message.ok) call.resolve(message.result);
    else call.reject(new Error(message.error || 'The host could not answer the bridge call.'));
  } else if (themed) {
    void applyTheme(message.colorMode);
  }
});

reportHeightChanges((height) => send({ channel: BRIDGE_CHANNEL, kind: 'resize', height }));

window.__bridge = { callBridge };
