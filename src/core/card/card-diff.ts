import type { ProcessCard, SectionKey } from './process-card';

/** One recorded difference between two versions of a card, for the audit trail. */
export interface CardChange {
  /** Top-level area: a content section, or a header field of the card. */
  area: SectionKey | 'title' | 'document' | 'language' | 'status' | 'location' | 'sectionNotes' | 'roles';
  /** `moved`: a row kept its content but changed place; before/after are its 1-based positions. */
  kind: 'added' | 'removed' | 'changed' | 'moved';
  /** Dotted path inside the card content, e.g. "inputs.in-2.supplier". */
  path: string;
  before?: string;
  after?: string;
}

export interface CardDiff {
  changes: CardChange[];
  /** Changes beyond MAX_CHANGES, counted only: a revision record must stay small. */
  omitted: number;
}

/** A revision keeps at most this many changes, each value cut to MAX_VALUE_CHARS. */
export const MAX_CHANGES = 200;
export const MAX_VALUE_CHARS = 1_000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const render = (value: unknown): string | undefined => {
  if (value === undefined) return undefined;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS)}…` : text;
};

const isRecord = (value: unknown): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const hasIds = (value: unknown): value is Array<{ id: string }> =>
  Array.isArray(value) && value.every((entry) => isRecord(entry) && typeof entry.id === 'string');

/**
 * The ids of `after` that changed place: those outside a longest run kept in the same relative
 * order (a longest increasing subsequence of old positions), so moving one row names that row only.
 */
function movedIds(before: string[], after: string[]): Set<string> {
  const oldIndex = new Map(before.map((id, index) => [id, index]));
  const common = after.filter((id) => oldIndex.has(id));
  const positions = common.map((id) => oldIndex.get(id)!);
  const tails: number[] = [];
  const tailAt: number[] = [];
  const previous: number[] = new Array<number>(positions.length).fill(-1);
  positions.forEach((position, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (tails[mid]! < position) low = mid + 1;
      else high = mid;
    }
    tails[low] = position;
    tailAt[low] = index;
    previous[index] = low > 0 ? tailAt[low - 1]! : -1;
  });
  const kept = new Set<string>();
  for (let index = tailAt[tails.length - 1] ?? -1; index >= 0; index = previous[index]!) kept.add(common[index]!);
  return new Set(common.filter((id) => !kept.has(id)));
}

/**
 * Lists what changed between two cards. Lists of items are matched by their stable ids, so
 * editing one row names that row rather than every row after it, and reordering is a `moved`
 * change of the rows that moved.
 */
export function diffCards(before: ProcessCard | null, after: ProcessCard): CardDiff {
  const changes: CardChange[] = [];
  let omitted = 0;
  const record = (change: CardChange) => {
    if (changes.length < MAX_CHANGES) changes.push(change);
    else omitted += 1;
  };
  // Content keys are exactly the section and header names, so the first path segment is the area.
  const areaOf = (path: string[]): CardChange['area'] => (path[0] ?? 'title') as CardChange['area'];
  const walk = (a: unknown, b: unknown, path: string[]): void => {
    if (JSON.stringify(a) === JSON.stringify(b)) return;
    if (a === undefined) {
      record({ area: areaOf(path), kind: 'added', path: path.join('.'), after: render(b) });
      return;
    }
    if (b === undefined) {
      record({ area: areaOf(path), kind: 'removed', path: path.join('.'), before: render(a) });
      return;
    }
    if (hasIds(a) && hasIds(b)) {
      const beforeById = new Map(a.map((entry, index) => [entry.id, { entry, index }]));
      const afterById = new Map(b.map((entry, index) => [entry.id, { entry, index }]));
      const moved = movedIds(
        a.map((entry) => entry.id),
        b.map((entry) => entry.id),
      );
      for (const [id, { entry, index }] of beforeById) {
        const now = afterById.get(id);
        if (now !== undefined && moved.has(id)) {
          record({ area: areaOf(path), kind: 'moved', path: [...path, id].join('.'), before: String(index + 1), after: String(now.index + 1) });
        }
        walk(entry, now?.entry, [...path, id]);
      }
      for (const [id, { entry }] of afterById) if (!beforeById.has(id)) walk(undefined, entry, [...path, id]);
      return;
    }
    if (isRecord(a) && isRecord(b)) {
      const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
      for (const key of keys) walk(a[key], b[key], [...path, key]);
      return;
    }
    record({ area: areaOf(path), kind: 'changed', path: path.join('.'), before: render(a), after: render(b) });
  };
  if (before === null) {
    record({ area: 'title', kind: 'added', path: 'card', after: render(after.content.title) });
    return { changes, omitted };
  }
  walk(before.content, after.content, []);
  if (before.status !== after.status) {
    record({ area: 'status', kind: 'changed', path: 'status', before: before.status, after: after.status });
  }
  if (JSON.stringify(before.location) !== JSON.stringify(after.location)) {
    record({ area: 'location', kind: 'changed', path: 'location', before: render(before.location), after: render(after.location) });
  }
  return { changes, omitted };
}
