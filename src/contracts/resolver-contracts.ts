import { z } from 'zod';
import { CardId, CardLanguage, ItemId } from '../core/card/process-card';
import { RoleAssignees } from '../core/settings/card-settings';
import { AppError, type ErrorCode, type ErrorDetail, type ErrorParams, type ErrorReason } from '../core/errors';
import { KPI_RESOLVER_KEYS } from './kpi-contracts';
import { JIRA_ADMIN_RESOLVER_KEYS } from './jira-admin-contracts';
import { ACTION_RESOLVER_KEYS } from './action-contracts';
import { JIRA_SETTINGS_RESOLVER_KEYS } from './jira-settings-contracts';
import { ACTION_PANEL_RESOLVER_KEYS } from './action-panel-contracts';
import { MAX_IMPORT_REQUEST_BYTES, MAX_TITLE_LENGTH, requestBytes } from './limits';

export type { CardView, ImportCardResult, ListCardsResult, ListedCard, MacroCardResult } from '../core/results/macro-results';
export type { ImportWarning, ImportWarningCode } from '../core/import/import-warning';
export type { CardSettingsView, DirectorySearchResult, RoleWithAssignees } from '../core/results/settings-results';
export type { SiteSettingsView } from '../core/results/site-settings-results';

/**
 * The contract between the macro UI and the resolver: function keys, payload schemas (parsed on
 * the server) and result types (imported type-only by the UI, so no zod is bundled there).
 * Output schemas are in resolver-outputs.ts.
 */
export const MACRO_RESOLVER_KEYS = {
  getCardForMacro: 'card/get-for-macro',
  importCard: 'card/import',
  createBlankCard: 'card/create-blank',
  listCards: 'card/list',
  getCardSettings: 'settings/get',
  saveRoleMapping: 'settings/save-roles',
  searchDirectory: 'directory/search',
  ...KPI_RESOLVER_KEYS,
  ...ACTION_RESOLVER_KEYS,
  ...JIRA_SETTINGS_RESOLVER_KEYS,
} as const;

/** The global settings page's own functions, served by a handler of their own (`index.siteSettingsHandler`). */
export const SITE_SETTINGS_RESOLVER_KEYS = {
  getSiteSettings: 'site-settings/get',
  saveSiteSettings: 'site-settings/save',
} as const;

export const RESOLVER_KEYS = { ...MACRO_RESOLVER_KEYS, ...SITE_SETTINGS_RESOLVER_KEYS, ...JIRA_ADMIN_RESOLVER_KEYS, ...ACTION_PANEL_RESOLVER_KEYS } as const;

export type ResolverKey = (typeof RESOLVER_KEYS)[keyof typeof RESOLVER_KEYS];

/** A client-made id that makes a retried write the same write (see import-ids.ts). */
const RequestId = z.uuid('a request id is a UUID');

export const GetCardForMacroPayload = z.object({}).strict();

export const ImportCardPayload = z
  .object({
    text: z.string().trim().min(1, 'paste the text of a card'),
    language: CardLanguage.optional(),
    importId: RequestId,
  })
  .strict();

/**
 * Forge refuses a front-end request over 500 KB; the import limit is set on the same measure (the
 * JSON-encoded request, UTF-8 bytes), so the form, the resolver and Forge agree on what fits.
 */
export function assertImportRequestFits(payload: unknown): void {
  const bytes = requestBytes(payload ?? {});
  if (bytes > MAX_IMPORT_REQUEST_BYTES) {
    throw new AppError(
      'TOO_LARGE',
      `The text is ${Math.ceil(bytes / 1000)} KB as sent; at most ${MAX_IMPORT_REQUEST_BYTES / 1000} KB can be imported at once.`,
      [],
      { reason: 'request', params: { bytes, limit: MAX_IMPORT_REQUEST_BYTES } },
    );
  }
}

export const CreateBlankCardPayload = z
  .object({
    title: z.string().trim().min(1, 'a card needs a title').max(MAX_TITLE_LENGTH),
    language: CardLanguage,
    requestId: RequestId,
  })
  .strict();

/** Cursors are opaque to the UI but checked here, so a bad one is the caller's error, not ours. */
export const ListCursor = z.string().min(1).max(2000).regex(/^[A-Za-z0-9+/=_:.-]+$/, 'not a cursor this app gave out');

export const ListCardsPayload = z
  .object({
    spaceId: z.string().max(100).optional(),
    cursor: ListCursor.optional(),
  })
  .strict();

export const GetCardSettingsPayload = z.object({ cardId: CardId }).strict();

export const SaveRoleMappingPayload = z
  .object({
    cardId: CardId,
    expectedVersion: z.number().int().min(0),
    roleMapping: z.record(ItemId, RoleAssignees),
  })
  .strict();

export const SearchDirectoryPayload = z
  .object({
    query: z.string().trim().min(2, 'type at least 2 characters').max(100),
    kind: z.enum(['people', 'groups', 'both']).default('both'),
  })
  .strict();

export const GetSiteSettingsPayload = z.object({}).strict();

/** The zone is checked against the runtime's list in the core, so an unknown one is named as such. */
export const SaveSiteSettingsPayload = z
  .object({
    expectedVersion: z.number().int().min(0),
    timeZone: z.string().trim().min(1, 'choose a time zone').max(64),
  })
  .strict();

/**
 * An expected failure: the UI words `code` + `reason` with `params` in the reader's language; `message`
 * is English for logs and is never shown, except `details` of a VALIDATION error beside their fields.
 */
export interface ResolverError {
  code: ErrorCode;
  reason?: ErrorReason;
  message: string;
  params?: ErrorParams;
  details?: ErrorDetail[];
}

export type ResolverResult<T> = { ok: true; data: T } | { ok: false; error: ResolverError };
