import { createHash } from 'node:crypto';
import type { LocalAppContext } from '../app-context';
import type { WebtriggerDeclaration } from '../manifest/manifest-modules';

interface MintedUrl {
  id: string;
  moduleKey: string;
  format: 'v1' | 'v2';
  deleted: boolean;
}

/** Where a webtrigger URL leads, once its id is read back from a request. */
export interface UrlTarget {
  moduleKey: string;
  format: 'v1' | 'v2';
}

/**
 * The webtrigger URLs of the installation: one per module until the app forces another
 * (`forceCreate`), each working until deleted. Ids are derived from the app, installation,
 * module and how many came before, so the workbench prints the same URL after a restart.
 * `baseUrl` (the workbench's own server) replaces the platform's hosts when given.
 */
export class WebtriggerUrls {
  private readonly minted: MintedUrl[] = [];

  constructor(
    private readonly declared: readonly WebtriggerDeclaration[],
    private readonly app: LocalAppContext,
    private readonly baseUrl: () => string | undefined,
  ) {}

  isDeclared(moduleKey: string): boolean {
    return this.declared.some((trigger) => trigger.key === moduleKey);
  }

  /** The module's newest URL, or a new one when forced or none is left. */
  urlFor(moduleKey: string, forceCreate = false): { url: string; created: boolean } {
    const declaration = this.declared.find((trigger) => trigger.key === moduleKey);
    if (declaration === undefined) throw new Error(`The manifest declares no webtrigger '${moduleKey}'.`);
    const live = this.minted.filter((url) => url.moduleKey === moduleKey && !url.deleted);
    const newest = live[live.length - 1];
    if (newest !== undefined && !forceCreate) return { url: this.urlOf(newest), created: false };
    const count = this.minted.filter((url) => url.moduleKey === moduleKey).length;
    const minted: MintedUrl = { id: this.idFor(moduleKey, count), moduleKey, format: declaration.urlFormat, deleted: false };
    this.minted.push(minted);
    return { url: this.urlOf(minted), created: true };
  }

  /** False when no live URL has the id. */
  delete(id: string): boolean {
    const minted = this.minted.find((url) => url.id === id && !url.deleted);
    if (minted === undefined) return false;
    minted.deleted = true;
    return true;
  }

  /** Every live URL, oldest first. */
  list(): { moduleKey: string; url: string }[] {
    return this.minted.filter((url) => !url.deleted).map((url) => ({ moduleKey: url.moduleKey, url: this.urlOf(url) }));
  }

  /** The module a request to `/<format path>/<id>` reaches; undefined for unknown, deleted or wrong-format ids. */
  target(id: string, format: 'v1' | 'v2'): UrlTarget | undefined {
    const minted = this.minted.find((url) => url.id === id && !url.deleted && url.format === format);
    return minted === undefined ? undefined : { moduleKey: minted.moduleKey, format: minted.format };
  }

  /** The path the platform passes as `request.path` for a call to the URL (plus what the caller added). */
  platformPath(id: string, format: 'v1' | 'v2'): string {
    return `${format === 'v2' ? '/public' : '/x1'}/${id}`;
  }

  private urlOf(minted: MintedUrl): string {
    const base = this.baseUrl()?.replace(/\/+$/, '');
    // v2: https://<installation>.webtrigger.atlassian.app/public/<id> (api-group-forge-webtriggers);
    // v1: https://<installation>.hello.atlassian-dev.net/x1/<id> (manifest-reference web-trigger).
    const host =
      base ?? (minted.format === 'v2' ? `https://${this.app.installationId}.webtrigger.atlassian.app` : `https://${this.app.installationId}.hello.atlassian-dev.net`);
    return `${host}${this.platformPath(minted.id, minted.format)}`;
  }

  private idFor(moduleKey: string, ordinal: number): string {
    const { appId, environmentId, installationId } = this.app;
    const hex = createHash('sha256').update([appId, environmentId, installationId, moduleKey, ordinal].join('\n')).digest('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
  }
}
