import type { ResolverError } from '../../src/contracts/resolver-contracts';
import { en } from './i18n/messages-en';
import type { MessageKey } from './i18n/messages-en';
import type { Translate } from './i18n/translate';

/** Params that are sizes in bytes, shown in kilobytes. */
const BYTE_PARAMS: Partial<Record<string, readonly string[]>> = { 'TOO_LARGE.request': ['bytes', 'limit'], 'TOO_LARGE.action-record': ['bytes', 'limit'] };

/**
 * A screen whose errors read differently from a card's: the roles panel ('settings': "your
 * changes are kept", not "your text"), the KPI settings panel ('kpiSettings'), a KPI's history
 * as it loads ('kpiLoad': nothing typed to keep), the site settings page ('siteSettings') and
 * the Jira admin page ('jiraAdmin') and a card's Jira settings ('jiraSettings').
 */
export type ErrorScope = 'settings' | 'kpiSettings' | 'kpiLoad' | 'siteSettings' | 'jiraAdmin' | 'actions' | 'jiraSettings';

/**
 * What the reader is told about a resolver error: the text for its code and reason (the code's
 * own text when the reason has none), numbers written the locale's way. With a scope, that
 * screen's `<scope>.error.CODE.reason`, then `<scope>.error.CODE` texts win, so "you cannot edit"
 * names what cannot be edited. The server's `message` is English for logs and is never part of it.
 */
export function wordError(error: Pick<ResolverError, 'code' | 'reason' | 'params'>, t: Translate, locale: string, scope?: ErrorScope): string {
  const specific = error.reason === undefined ? undefined : `error.${error.code}.${error.reason}`;
  const candidates = [
    ...(scope === undefined ? [] : [specific && `${scope}.${specific}`, `${scope}.error.${error.code}`]),
    specific,
  ];
  const key: MessageKey = candidates.find((candidate): candidate is MessageKey => candidate !== undefined && candidate !== '' && isMessageKey(candidate)) ?? `error.${error.code}`;
  const bytes = specific === undefined ? [] : (BYTE_PARAMS[`${error.code}.${error.reason}`] ?? []);
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(error.params ?? {})) {
    if (typeof value !== 'number') params[name] = value;
    else params[name] = bytes.includes(name) ? formatKilobytes(value, t, locale, name === 'limit' ? 'down' : 'up') : formatNumber(value, locale);
  }
  return t(key, params);
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/**
 * Kilobytes as Forge counts them (1 KB = 1,000 bytes). A size rounds up and a limit down, so a
 * text just over the limit never reads "450 KB; at most 450 KB".
 */
export function formatKilobytes(bytes: number, t: Translate, locale: string, rounding: 'up' | 'down' = 'up'): string {
  const kilobytes = rounding === 'up' ? Math.ceil(bytes / 1000) : Math.floor(bytes / 1000);
  return t('kilobytes', { value: formatNumber(kilobytes, locale) });
}

function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}
