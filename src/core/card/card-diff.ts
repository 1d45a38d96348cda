import type { ProcessCard, SectionKey } from './process-card';

/** One recorded difference between two versions of a card, for the audit trail. */
export interface CardChange {
  /** Top-level area: a content section, or a header field of the card. */
  area: SectionKey | 'title' | 'document' | 'language' | 'status' | 'location' | 'sectionNotes';
  kind: 'added' | 'removed' | 'changed';
  /** Dotted path inside the card content, e.g. "inputs.in-2.supplier". */
  path: string;
  before?: string;
  after?: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const render = (value: unknown): string | undefined => {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
};

const isRecord = (value: unknown): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const hasIds = (value: unknown): value is Array<{ id: string }> =>
  Array.isArray(value) && value.every((entry) => isRecord(entry) && typeof entry.id === 'string');

/**
 * Lists what changed between two cards. Lists of items are matched by their stable ids,
 * so reordering or editing one row names that row rather than every row after it.
 */
export function diffCards(before: ProcessCard | null, after: ProcessCard): CardChange[] {
  const changes: CardChange[] = [];
  // Content keys are exactly the section and header names, so the first path segment is the area.
  const areaOf = (path: string[]): CardChange['area'] => (path[0] ?? 'title') as CardChange['area'];
  const walk = (a: unknown, b: unknown, path: string[]): void => {
    if (JSON.stringify(a) === JSON.stringify(b)) return;
    if (a === undefined) {
      changes.push({ area: areaOf(path), kind: 'added', path: path.join('.'), after: render(b) });
      return;
    }
    if (b === undefined) {
      changes.push({ area: areaOf(path), kind: 'removed', path: path.join('.'), before: render(a) });
      return;
    }
    if (hasIds(a) && hasIds(b)) {
      const beforeById = new Map(a.map((entry) => [entry.id, entry]));
      const afterById = new Map(b.map((entry) => [entry.id, entry]));
      for (const [id, entry] of beforeById) walk(entry, afterById.get(id), [...path, id]);
      for (const [id, entry] of afterById) if (!beforeById.has(id)) walk(undefined, entry, [...path, id]);
      return;
    }
    if (isRecord(a) && isRecord(b)) {
      const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
      for (const key of keys) walk(a[key], b[key], [...path, key]);
      return;
    }
    changes.push({ area: areaOf(path), kind: 'changed', path: path.join('.'), before: render(a), after: render(b) });
  };
  if (before === null) {
    changes.push({ area: 'title', kind: 'added', path: 'card', after: after.content.title });
    return changes;
  }
  walk(before.content, after.content, []);
  if (before.status !== after.status) {
    changes.push({ area: 'status', kind: 'changed', path: 'status', before: before.status, after: after.status });
  }
  if (JSON.stringify(before.location) !== JSON.stringify(after.location)) {
    changes.push({
      area: 'location',
      kind: 'changed',
      path: 'location',
      before: render(before.location),
      after: render(after.location),
    });
  }
  return changes;
}
