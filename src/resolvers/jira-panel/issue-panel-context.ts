import { z } from 'zod';
import { ANONYMOUS, userActor } from '../../core/actor';
import { AppError } from '../../core/errors';
import type { ActionPanelInput } from '../../core/usecases/jira/action-panel';
import { siteRoot } from '../export-payload';

/**
 * The part of a `jira:issuePanel` invocation's context the panel relies on: the caller set by
 * @forge/resolver from the invocation's principal, and the issue the platform rendered the panel on.
 */
const ForgeIssuePanelContext = z.object({
  accountId: z.string().min(1).optional(),
  siteUrl: z.string().optional(),
  extension: z.object({
    type: z.literal('jira:issuePanel'),
    issue: z.object({
      id: z.union([z.string().regex(/^\d{1,18}$/), z.number().int().positive()]).transform(String),
      key: z.string().regex(/^[A-Z][A-Z0-9_]{0,9}-\d{1,18}$/),
      typeId: z.union([z.string().regex(/^\d{1,18}$/), z.number().int().positive()]).transform(String),
    }),
  }),
});

export function issuePanelInputFrom(context: unknown): ActionPanelInput {
  const parsed = ForgeIssuePanelContext.safeParse(context);
  if (!parsed.success) {
    throw new AppError(
      'VALIDATION',
      'This function only runs inside the Process Cards panel of a Jira issue.',
      parsed.error.issues.map((issue) => ({ path: `context.${issue.path.join('.')}`, message: issue.message })),
      { reason: 'context' },
    );
  }
  const { accountId, siteUrl, extension } = parsed.data;
  return {
    viewer: accountId === undefined ? ANONYMOUS : userActor(accountId),
    issue: extension.issue,
    siteUrl: siteUrl === undefined ? undefined : siteRoot(siteUrl),
  };
}
