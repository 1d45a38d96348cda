import { createHash, randomUUID } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ImportCardResult, ResolverResult } from '../../src/contracts/resolver-contracts';
import { decodeDocument } from '../../src/core/text/decode-document';
import type { SiteStore, WorkbenchPage } from './site-store';
import { invokeResolver, type ForgeHandler } from './invoke-resolver';
import { DEFAULT_USER } from './workbench-users';
import { seedExampleMeasurements } from './seed-measurements';

export interface ImportedPage {
  page: WorkbenchPage;
  warnings: ImportCardResult['warnings'];
  reused: boolean;
}

/** A document that could not be imported: `reason` is one line for the terminal. */
export class ImportFailed extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`Could not import ${file}: ${reason}`);
    this.name = 'ImportFailed';
  }
}

/**
 * Puts a card document on its own page through the app's real import resolver, as an owner
 * pasting it into a fresh macro would. The same file with the same content is imported once;
 * a file that cannot be read or holds no card leaves the site as it was.
 */
export async function importFileAsPage(handler: ForgeHandler, site: SiteStore, file: string): Promise<ImportedPage> {
  try {
    return await importReadableFile(handler, site, file);
  } catch (error) {
    if (error instanceof ImportFailed) throw error;
    const code = (error as { code?: unknown }).code;
    throw new ImportFailed(file, typeof code === 'string' ? `the file cannot be read (${code}).` : String(error));
  }
}

async function importReadableFile(handler: ForgeHandler, site: SiteStore, file: string): Promise<ImportedPage> {
  const decoded = decodeDocument(readFileSync(file));
  if (!decoded.ok) {
    throw new ImportFailed(file, decoded.reason === 'not-text' ? 'not a text file.' : 'not UTF-8, UTF-16 or Windows-1251 text.');
  }
  const text = decoded.text;
  const sha256 = createHash('sha256').update(text).digest('hex');
  const existing = site.findBySource(file, sha256);
  if (existing) return { page: existing, warnings: [], reused: true };
  // The page exists before its macro imports (Confluence checks the editor's rights on it); a
  // failed import takes the page away again, so nothing empty is left to open on the next start.
  const draft = site.addPage(site.draftPage(basename(file), { file, sha256 }));
  const result = await invokeResolver(handler, draft, DEFAULT_USER.accountId, {
    functionKey: 'card/import',
    payload: { text, importId: randomUUID() },
    moduleKey: 'process-card',
  }).catch((error: unknown) => {
    site.removePage(draft.pageId);
    throw error;
  });
  const answer = result as ResolverResult<ImportCardResult>;
  if (!answer.ok) {
    site.removePage(draft.pageId);
    throw new ImportFailed(file, `${answer.error.message} (${answer.error.code}).`);
  }
  const page = site.update(draft.pageId, { title: answer.data.view.card.content.title || basename(file) }) ?? draft;
  return { page, warnings: answer.data.warnings, reused: false };
}

/** The project's own example cards, so a fresh workbench opens on complete cards. */
export async function seedExampleCards(handler: ForgeHandler, site: SiteStore, examplesDir: string, now: Date = new Date()): Promise<WorkbenchPage[]> {
  const files = readdirSync(examplesDir)
    .filter((name) => /\.(md|txt)$/.test(name))
    .sort();
  const pages: WorkbenchPage[] = [];
  for (const name of files) {
    const imported = await importFileAsPage(handler, site, join(examplesDir, name));
    // A card imported on an earlier start keeps the history it was given then.
    if (!imported.reused) await seedExampleMeasurements(handler, imported.page, now);
    pages.push(imported.page);
  }
  return pages;
}
