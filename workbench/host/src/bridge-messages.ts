import { colorModeOf, type ColorMode } from './theme-attributes';

/**
 * The postMessage protocol between a Custom UI iframe (bridge-in-iframe.ts) and the
 * workbench page (bridge-host.ts). Both sides read what they receive through the guards
 * below: a message event may come from anything on the page. Plain guards, not zod, because
 * the iframe side runs before every app bundle and stays dependency-free.
 */
export const BRIDGE_CHANNEL = 'forge-workbench-bridge';

/** The bridge calls the workbench answers; @forge/bridge may send others, which are refused. */
export const BRIDGE_CALL_NAMES = ['invoke', 'getContext', 'enableTheming', 'submit', 'close', 'navigate'] as const;
export type BridgeCallName = (typeof BRIDGE_CALL_NAMES)[number];

/** What the host answers to `enableTheming`; the iframe then loads the token themes. */
export interface ThemingAnswer {
  colorMode: ColorMode;
}

interface OnChannel {
  channel: typeof BRIDGE_CHANNEL;
}

export interface CallMessage extends OnChannel {
  kind: 'call';
  id: number;
  name: string;
  payload: unknown;
}

export interface ResizeMessage extends OnChannel {
  kind: 'resize';
  height: number;
}

export type AnswerMessage = OnChannel & { kind: 'answer'; id: number } & (
    | { ok: true; result: unknown }
    | { ok: false; error: string | undefined }
  );

export interface ThemeMessage extends OnChannel {
  kind: 'theme';
  colorMode: ColorMode;
}

export type FrameToHostMessage = CallMessage | ResizeMessage;
export type HostToFrameMessage = AnswerMessage | ThemeMessage;

/** A message an iframe sent the host, or null for anything else (other channels, junk). */
export function readFrameMessage(data: unknown): FrameToHostMessage | null {
  if (!isOnChannel(data)) return null;
  if (data.kind === 'call' && typeof data.id === 'number' && typeof data.name === 'string') {
    return { channel: BRIDGE_CHANNEL, kind: 'call', id: data.id, name: data.name, payload: data.payload };
  }
  if (data.kind === 'resize' && typeof data.height === 'number') {
    return { channel: BRIDGE_CHANNEL, kind: 'resize', height: data.height };
  }
  return null;
}

/** A message the host sent an iframe, or null for anything else. */
export function readHostMessage(data: unknown): HostToFrameMessage | null {
  if (!isOnChannel(data)) return null;
  if (data.kind === 'answer' && typeof data.id === 'number') {
    return data.ok === true
      ? { channel: BRIDGE_CHANNEL, kind: 'answer', id: data.id, ok: true, result: data.result }
      : { channel: BRIDGE_CHANNEL, kind: 'answer', id: data.id, ok: false, error: typeof data.error === 'string' ? data.error : undefined };
  }
  if (data.kind === 'theme') return { channel: BRIDGE_CHANNEL, kind: 'theme', colorMode: colorModeOf(data.colorMode) };
  return null;
}

export function isBridgeCallName(name: string): name is BridgeCallName {
  return (BRIDGE_CALL_NAMES as readonly string[]).includes(name);
}

function isOnChannel(data: unknown): data is Record<string, unknown> & OnChannel {
  return typeof data === 'object' && data !== null && (data as { channel?: unknown }).channel === BRIDGE_CHANNEL;
}
