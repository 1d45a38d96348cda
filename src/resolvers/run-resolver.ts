import { z } from 'zod';
import type { ResolverResult } from '../contracts/resolver-contracts';
import { resolverError } from './error-mapping';
import { AppError, isAppError } from '../core/errors';

export interface ResolverLogger {
  error(message: string, context: Record<string, unknown>): void;
}

/** Parses the payload with its schema; a bad payload is the caller's error, named field by field. */
export function parsePayload<T>(schema: z.ZodType<T>, payload: unknown): T {
  const parsed = schema.safeParse(payload ?? {});
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  const summary = details.map((detail) => (detail.path ? `${detail.path}: ${detail.message}` : detail.message)).join('; ');
  throw new AppError('VALIDATION', `The request was not valid: ${summary}`, details, { reason: 'payload' });
}

/**
 * The one result shape every resolver returns: the UI never sees a thrown error.
 * Expected failures keep their code and message; anything else is logged with context
 * and answered with a generic message, so internals do not leak to the browser.
 */
export async function runResolver<T>(
  functionKey: string,
  logger: ResolverLogger,
  work: () => Promise<T>,
): Promise<ResolverResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    if (isAppError(error)) {
      return { ok: false, error: resolverError(error) };
    }
    logger.error(`Resolver ${functionKey} failed`, {
      functionKey,
      error: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error),
    });
    return {
      ok: false,
      error: {
        code: 'INTERNAL',
        reason: 'unexpected',
        message: 'Something went wrong on our side. Try again; if it keeps happening, contact your site admin.',
      },
    };
  }
}
