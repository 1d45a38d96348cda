import { z } from 'zod';
import type { MacroContext } from '../core/usecases/macro-context';
import { AppError } from '../core/errors';
import { ReceivedMacroConfig } from '../contracts/macro-config';
import { ANONYMOUS, userActor, type Actor } from '../core/actor';
import { pageUrl, siteRoot } from './export-payload';

/**
 * The part of Forge's invocation context a macro resolver relies on. `accountId` is set by
 * @forge/resolver from the invocation's principal, never from anything the browser sent.
 */
const ForgeMacroContext = z.object({
  accountId: z.string().min(1).optional(),
  localId: z.string().min(1),
  siteUrl: z.string().optional(),
  extension: z.object({
    content: z.object({ id: z.union([z.string().min(1), z.number()]).transform(String) }),
    space: z.object({ id: z.union([z.string(), z.number()]).transform(String), key: z.string().min(1).optional() }).optional(),
    config: ReceivedMacroConfig,
  }),
});

export function macroContextFrom(context: unknown): MacroContext {
  const parsed = ForgeMacroContext.safeParse(context);
  if (!parsed.success) {
    throw new AppError(
      'VALIDATION',
      'This function only runs inside the Process card macro on a Confluence page.',
      parsed.error.issues.map((issue) => ({ path: `context.${issue.path.join('.')}`, message: issue.message })),
      { reason: 'context' },
    );
  }
  const { accountId, localId, extension, siteUrl } = parsed.data;
  const pageId = extension.content.id;
  const root = siteUrl === undefined ? undefined : siteRoot(siteUrl);
  const page = siteUrl === undefined ? undefined : pageUrl(siteUrl, pageId, extension.space?.key);
  return {
    actor: accountId === undefined ? ANONYMOUS : userActor(accountId),
    localId,
    location: { pageId, spaceId: extension.space?.id ?? '' },
    configCardId: extension.config?.cardId,
    ...(root === undefined || page === undefined ? {} : { site: { url: root, pageUrl: page } }),
  };
}

/** For resolvers that need only the caller, outside any macro (e.g. the config dialog's list). */
export function actorFrom(context: unknown): Actor {
  const parsed = z.object({ accountId: z.string().min(1).optional() }).safeParse(context);
  return parsed.success && parsed.data.accountId !== undefined ? userActor(parsed.data.accountId) : ANONYMOUS;
}
