import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { importDocument } from '../src/core/import/import-document';

const REPO = resolve(__dirname, '..');
const TARGET_BYTES = 100 * 1024;
const RUNS = 9;
const BUDGET_MS = 50;

/**
 * A ~100 KB card document: the example card's header once, then its numbered sections
 * repeated (each repetition a new chapter, so the text stays a plausible card) until the
 * text reaches the target size.
 */
export function buildLargeCardText(targetBytes = TARGET_BYTES): string {
  const example = readFileSync(join(REPO, 'examples', 'marketing.ru.md'), 'utf8');
  const firstSection = example.indexOf('\n## 1 ');
  const header = example.slice(0, firstSection);
  const body = example.slice(firstSection);
  const parts = [header];
  let bytes = Buffer.byteLength(header);
  while (bytes < targetBytes) {
    parts.push(body);
    bytes += Buffer.byteLength(body);
  }
  return parts.join('\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const round = (value: number): number => Math.round(value * 10) / 10;

/** Median time to import a ~100 KB card text (after one warm-up run). */
export async function benchImport(): Promise<Array<{ name: string; value: number; unit: string; budget?: number }>> {
  const text = buildLargeCardText();
  importDocument(text);
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    importDocument(text);
    times.push(performance.now() - start);
  }
  return [
    { name: 'importer: 100 KB card text (median)', value: round(median(times)), unit: 'ms', budget: BUDGET_MS },
    { name: 'importer: input size', value: round(Buffer.byteLength(text) / 1024), unit: 'KB' },
  ];
}

if (require.main === module) {
  void benchImport().then((rows) => console.table(rows));
}
