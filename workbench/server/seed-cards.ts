import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ImportCardResult, ResolverResult } from '../../src/contracts/resolver-contracts';
import { decodeDocument } from '../../src/core/text/decode-document';
import type { SiteStore, WorkbenchPage } from './site-store';
import { invokeResolver, type ForgeHandler } from './invoke-resolver';
import { DEFAULT_USER } from './workbench-users';

export interface ImportedPage {
  page: WorkbenchPage;
  warnings: ImportCardResult['warnings'];
  reused: boolean;
}

/**
 * Puts a card document on its own page through the app's real import resolver, as an owner
 * pasting it into a fresh macro would. The same file with the same content is imported once.
 */
export async function importFileAsPage(handler: ForgeHandler, site: SiteStore, file: string): Promise<ImportedPage> {
  const decoded = decodeDocument(readFileSync(file));
  if (!decoded.ok) throw new Error(`${file}: ${decoded.reason === 'not-text' ? 'not a text file' : 'not UTF-8, UTF-16 or Windows-1251 text'}`);
  const text = decoded.text;
  const sha256 = createHash('sha256').update(text).digest('hex');
  const existing = site.findBySource(file, sha256);
  if (existing) return { page: existing, warnings: [], reused: true };
  const page = site.createPage(basename(file), { file, sha256 });
  const result = (await invokeResolver(handler, page, DEFAULT_USER.accountId, {
    functionKey: 'card/import',
    payload: { text },
    moduleKey: 'process-card',
  })) as ResolverResult<ImportCardResult>;
  if (!result.ok) {
    throw new Error(`${file}: ${result.error.message}`);
  }
  const titled = site.update(page.pageId, { title: result.data.view.card.content.title || basename(file) }) ?? page;
  return { page: titled, warnings: result.data.warnings, reused: false };
}

/** The project's own example cards, so a fresh workbench opens on complete cards. */
export async function seedExampleCards(handler: ForgeHandler, site: SiteStore, examplesDir: string): Promise<WorkbenchPage[]> {
  const files = readdirSync(examplesDir)
    .filter((name) => /\.(md|txt)$/.test(name))
    .sort();
  const pages: WorkbenchPage[] = [];
  for (const name of files) pages.push((await importFileAsPage(handler, site, join(examplesDir, name))).page);
  return pages;
}
