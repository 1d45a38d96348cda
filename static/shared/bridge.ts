/**
 * The only module that talks to Forge's Custom UI bridge. Each bridge file is imported on
 * its own (see the `forge-bridge-out` alias in vite.shared.mjs): the package index would
 * bundle every bridge feature, ~16 KB gzip more than these.
 */
import { invoke } from 'forge-bridge-out/invoke/invoke';
import { getContext } from 'forge-bridge-out/view/getContext';
import { theme } from 'forge-bridge-out/view/theme';
import { submit } from 'forge-bridge-out/view/submit';
import { close } from 'forge-bridge-out/view/close';
import { router } from 'forge-bridge-out/router/router';
import type { ResolverResult } from '@src/contracts/resolver-contracts';
import type { MacroConfig } from '@src/contracts/macro-config';
import type { ResolverApi } from './resolver-api';

export type ResolverKeyOf = keyof ResolverApi;

/** What the UI needs from the context Forge gives a macro (and its config view). */
export interface MacroContext {
  accountId: string | undefined;
  locale: string;
  moduleKey: string;
  localId: string;
  /** The macro's saved config: only a card id, when one was chosen. */
  configCardId: string | undefined;
  spaceId: string | undefined;
}

/**
 * Calls a resolver. A failure of the call itself (network, platform, a resolver that threw)
 * comes back as an INTERNAL error in the contract's result shape, so screens handle one
 * kind of failure and always have the platform's message to show.
 */
export async function invokeResolver<K extends ResolverKeyOf>(
  key: K,
  payload: ResolverApi[K]['payload'],
): Promise<ResolverResult<ResolverApi[K]['result']>> {
  try {
    const answer = (await invoke(key, payload)) as ResolverResult<ResolverApi[K]['result']> | undefined;
    if (answer !== undefined && answer !== null && typeof answer === 'object' && 'ok' in answer) return answer;
    return { ok: false, error: { code: 'INTERNAL', message: 'The app answered in an unexpected form.' } };
  } catch (error) {
    return { ok: false, error: { code: 'INTERNAL', message: messageOf(error) } };
  }
}

export async function readMacroContext(): Promise<MacroContext> {
  const context = await getContext();
  const extension = (context.extension ?? {}) as {
    config?: { cardId?: unknown } | null;
    space?: { id?: unknown } | null;
  };
  const cardId = extension.config?.cardId;
  const spaceId = extension.space?.id;
  return {
    accountId: context.accountId,
    locale: typeof context.locale === 'string' ? context.locale : 'en-US',
    moduleKey: context.moduleKey,
    localId: context.localId,
    configCardId: typeof cardId === 'string' && cardId !== '' ? cardId : undefined,
    spaceId: typeof spaceId === 'string' || typeof spaceId === 'number' ? String(spaceId) : undefined,
  };
}

/** What a page outside any macro (the global settings page) needs from its context. */
export interface PageContext {
  accountId: string | undefined;
  locale: string;
}

export async function readPageContext(): Promise<PageContext> {
  const context = await getContext();
  return { accountId: context.accountId, locale: typeof context.locale === 'string' ? context.locale : 'en-US' };
}

/** Lets the app follow Confluence's light/dark theme through Atlassian's design tokens. */
export async function enableTheme(): Promise<void> {
  try {
    await theme.enable();
  } catch {
    // Without theming the CSS fallbacks (the light theme) still give a readable card.
  }
}

/** Saves the macro's config and closes the config view. */
export async function submitMacroConfig(config: MacroConfig & { cardId: string }): Promise<void> {
  await submit({ config });
}

export async function closeView(): Promise<void> {
  await close();
}

/** Opens a page of another product (a Jira issue) in a new tab, as the platform allows an iframe to. */
export async function openExternal(url: string): Promise<void> {
  await router.open(url);
}

function messageOf(error: unknown): string {
  return error instanceof Error && error.message !== '' ? error.message.trim() : String(error);
}
