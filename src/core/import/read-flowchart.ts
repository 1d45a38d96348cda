import { appendAll } from './append-all';
import type { FlowStep, Flowchart } from '../card/process-card';
import { buildNumberedSteps, sequenceSteps, type NumberedItem } from './build-numbered-steps';
import type { ImportContext } from './import-context';
import { mermaidKind, parseMermaid } from './parse-mermaid';
import { splitInlineList } from './read-list-items';
import type { Segment } from './segment-document';
import { normalizeLabel } from './text-lines';
import type { Token } from './tokenize-document';

const STEP_LINE = /^\s*(?:(?:шаг|этап|step)\s*)?(\d{1,3}(?:\.\d{1,3}){0,4})(?:[.)]|\s*[:–—-])?\s+(\S.*)$/iu;
const ROLE_LABEL = /^(participants?|участники|исполнител\p{L}*|ответственн\p{L}*|responsible|roles?|роль|who|performed by)$/u;
/** Box-drawing characters and arrows: a diagram drawn in text. */
const DIAGRAM_LINE = /[┌┐└┘│─├┤┬┴┼═║╔╗╚╝▼▲►◄↓↑→←]|-->|<--|\+--|--\+/u;

interface SegmentSteps {
  items: NumberedItem[];
  diagrams: string[];
  notes: string[];
  fences: Array<Token & { kind: 'fence' }>;
}

/** Numbered steps, drawn diagrams and everything else under a flowchart heading. */
function scanSegment(tokens: readonly Token[]): SegmentSteps {
  const found: SegmentSteps = { items: [], diagrams: [], notes: [], fences: [] };
  let open: NumberedItem | null = null;
  let afterBlank = true;
  let diagram: string[] = [];
  let prose: string[] = [];
  // Notes under a step start with the step's own line, so they still read in context.
  let unnotedStep: string | null = null;
  const addNote = (text: string): void => {
    found.notes.push(unnotedStep === null ? text : `${unnotedStep}\n\n${text}`);
    unnotedStep = null;
  };
  const flush = (): void => {
    if (diagram.length > 0) found.diagrams.push(diagram.join('\n'));
    if (prose.length > 0) addNote(prose.join('\n'));
    diagram = [];
    prose = [];
  };
  for (const token of tokens) {
    if (token.kind === 'blank' || token.kind === 'rule') {
      flush();
      open = null;
      afterBlank = true;
      continue;
    }
    if (token.kind === 'fence') {
      flush();
      found.fences.push(token);
      open = null;
      afterBlank = false;
      continue;
    }
    if (token.kind === 'table') {
      flush();
      const last = found.items.at(-1);
      for (const row of token.rows) {
        const cells = row.filter((cell) => cell !== '');
        if (last && last.role === '' && cells.length === 2 && ROLE_LABEL.test(normalizeLabel(cells[0]!))) last.role = cells[1]!;
      }
      addNote(token.raw.join('\n'));
      open = null;
      afterBlank = false;
      continue;
    }
    if (token.kind === 'comment') {
      flush();
      addNote(token.raw);
      continue;
    }
    const line = token.text;
    const step = STEP_LINE.exec(line);
    if (step && (afterBlank || open !== null)) {
      flush();
      open = { number: step[1]!, text: step[2]!.trim(), role: '' };
      found.items.push(open);
      unnotedStep = line.trim();
    } else if (open !== null && !/^\s*[-*•]/.test(line)) {
      open.text = `${open.text} ${line.trim()}`;
    } else if (DIAGRAM_LINE.test(line)) {
      if (prose.length > 0) {
        appendAll(diagram, prose);
        prose = [];
      }
      diagram.push(line);
      open = null;
    } else if (diagram.length > 0) {
      diagram.push(line);
    } else {
      prose.push(line);
      open = null;
    }
    afterBlank = false;
  }
  flush();
  return found;
}

function mermaidSteps(source: string, firstId: number): FlowStep[] | null {
  const graph = parseMermaid(source);
  if (!graph || graph.nodes.length === 0 || graph.skipped > 0) return null;
  const ids = new Map(graph.nodes.map((node, index) => [node.key, `step-${firstId + index}`]));
  const outgoingOf = new Map<string, typeof graph.edges>();
  const targets = new Set<string>();
  for (const edge of graph.edges) {
    outgoingOf.set(edge.from, [...(outgoingOf.get(edge.from) ?? []).slice(0, 20), edge]);
    targets.add(edge.to);
  }
  return graph.nodes.map((node) => {
    const outgoing = outgoingOf.get(node.key) ?? [];
    const incoming = targets.has(node.key);
    return {
      id: ids.get(node.key)!,
      label: node.label,
      kind: mermaidKind(node, incoming, outgoing.length > 0),
      role: node.role,
      next: outgoing.slice(0, 20).map((edge) => ({ to: ids.get(edge.to)!, label: edge.label })),
    };
  });
}

/**
 * The flowchart: numbered steps with roles and branches, a Mermaid block, or the steps listed
 * on a field line ("Activities: a, b, c"). A diagram that cannot be read (ASCII art) is kept
 * verbatim in `source` and reported; other text under the heading goes to the notes.
 */
export function readFlowchart(segments: readonly Segment[], ctx: ImportContext, note: (text: string) => void): Flowchart {
  const steps: FlowStep[] = [];
  const sources: string[] = [];
  for (const segment of segments) {
    if (segment.inline && ctx.value(segment.inline, 'flowchart', segment.heading) !== '') {
      appendAll(steps, sequenceSteps(splitInlineList(segment.inline), steps.length + 1));
    }
    const found = scanSegment(segment.tokens);
    if (found.items.length > 0) appendAll(steps, buildNumberedSteps(found.items, steps.length + 1));
    for (const fence of found.fences) {
      const parsed = /^(?:mermaid)?$/.test(fence.lang) ? mermaidSteps(fence.body, steps.length + 1) : null;
      if (parsed) appendAll(steps, parsed);
      else found.diagrams.push(fence.raw);
    }
    for (const diagram of found.diagrams) {
      sources.push(diagram);
      ctx.warn({
        code: 'flowchart-unparsed',
        message: 'A diagram could not be turned into steps; it is kept as written.',
        section: 'flowchart',
        heading: segment.heading,
        text: diagram,
      });
    }
    found.notes.forEach(note);
  }
  return { steps, source: sources.join('\n\n') };
}
