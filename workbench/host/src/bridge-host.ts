import { BRIDGE_CALLS } from './bridge-calls';
import { BRIDGE_CHANNEL, isBridgeCallName, readFrameMessage, type CallMessage, type HostToFrameMessage } from './bridge-messages';
import { messageOf } from './error-message';
import type { HostPage } from './host-page';
import type { HostedFrame } from './hosted-frames';

/**
 * The host side of the Forge bridge: answers the calls the iframes post (bridge-in-iframe.ts)
 * and sizes the macro's iframe to the height it reports. Only same-origin frames it made count.
 */
export function startBridgeHost(host: HostPage): void {
  window.addEventListener('message', (event) => {
    if (event.origin !== window.location.origin) return;
    const message = readFrameMessage(event.data);
    if (message === null) return;
    const frame = host.frames.frameOf(event.source);
    if (frame === null) return;
    if (message.kind === 'resize') {
      if (frame.autoHeight) frame.element.style.height = `${Math.max(40, message.height)}px`;
      return;
    }
    void answerCall(host, frame, message);
  });
}

/** Tells every frame that asked for theming the new colour mode. */
export function broadcastTheme(host: HostPage): void {
  for (const frame of host.frames.themedFrames()) {
    postToFrame(frame, { channel: BRIDGE_CHANNEL, kind: 'theme', colorMode: host.state.colorMode });
  }
}

async function answerCall(host: HostPage, frame: HostedFrame, call: CallMessage): Promise<void> {
  const answer = { channel: BRIDGE_CHANNEL, kind: 'answer', id: call.id } as const;
  try {
    if (!isBridgeCallName(call.name)) throw new Error(`The workbench does not provide the bridge call "${call.name}".`);
    const result = await BRIDGE_CALLS[call.name](host, frame, call.payload);
    postToFrame(frame, { ...answer, ok: true, result });
  } catch (error) {
    postToFrame(frame, { ...answer, ok: false, error: messageOf(error) });
  }
}

function postToFrame(frame: HostedFrame, message: HostToFrameMessage): void {
  frame.element.contentWindow?.postMessage(message, window.location.origin);
}
