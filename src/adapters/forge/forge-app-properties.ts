import { route } from '@forge/api';
import { AppError } from '../../core/errors';
import type { AppProperties } from '../../core/ports/jira-provisioning';
import { FORGE_PACING, type RetryPacing } from './rate-limit-retry';
import type { JiraLog } from './jira/jira-call';
import { JiraRequests } from './jira/jira-requests';
import { AppPropertyJson } from './jira/jira-responses';

export interface ForgeAppPropertiesOptions {
  pacing?: RetryPacing;
  log?: JiraLog;
}

// Jira's bounds: a key of at most 127 characters, a value of at most 32,768 characters of JSON.
const MAX_KEY_LENGTH = 127;
const MAX_VALUE_LENGTH = 32_768;

/**
 * Forge app properties in Jira (`/rest/forge/1/app/properties/{key}`), which Jira expressions
 * and display conditions read as `app.properties`. Only the app may read or write them, so every
 * call is `asApp()`; an absent property reads as undefined.
 */
export class ForgeAppProperties implements AppProperties {
  private readonly jira: JiraRequests;

  constructor(options: ForgeAppPropertiesOptions = {}) {
    this.jira = new JiraRequests('app', {
      pacing: options.pacing ?? FORGE_PACING,
      log: options.log ?? ((message, context) => console.error(message, JSON.stringify(context))),
    });
  }

  async get(key: string): Promise<unknown> {
    requireKey(key);
    const property = await this.jira.read({ what: 'the app property', path: route`/rest/forge/1/app/properties/${key}`, absentStatuses: [404] }, AppPropertyJson);
    return property === null ? undefined : property.value;
  }

  async put(key: string, value: unknown): Promise<void> {
    requireKey(key);
    const text = JSON.stringify(value) as string | undefined;
    if (text === undefined) throw new AppError('VALIDATION', `The app property '${key}' needs a JSON value.`, [], { reason: 'value' });
    if (text.length > MAX_VALUE_LENGTH) throw new AppError('TOO_LARGE', `The app property '${key}' is ${text.length} characters of JSON; Jira keeps at most ${MAX_VALUE_LENGTH}.`, [], { reason: 'storage' });
    await this.jira.send({ what: 'the app property', method: 'PUT', path: route`/rest/forge/1/app/properties/${key}`, body: value });
  }
}

/** A key Jira takes, and `route` lets through (no path separators or dots that climb). */
function requireKey(key: string): void {
  if (!/^[A-Za-z0-9_.-]+$/.test(key) || key.includes('..') || key.length > MAX_KEY_LENGTH) {
    throw new AppError('VALIDATION', `'${key}' cannot be a Jira app property key.`, [], { reason: 'payload' });
  }
}
