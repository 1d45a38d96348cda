import type { FlowStepKind } from '../card/process-card';

export interface MermaidNode {
  key: string;
  label: string;
  shape: 'box' | 'decision' | 'terminal';
  role: string;
}

export interface MermaidGraph {
  nodes: MermaidNode[];
  edges: Array<{ from: string; to: string; label: string }>;
  /** Lines that were neither a node, an edge nor a known directive. */
  skipped: number;
}

const SHAPES: ReadonlyArray<[string, string, MermaidNode['shape']]> = [
  ['(((', ')))', 'terminal'], ['([', '])', 'terminal'], ['((', '))', 'terminal'], ['[[', ']]', 'box'],
  ['[(', ')]', 'box'], ['[/', '/]', 'box'], ['[\\', '\\]', 'box'], ['{{', '}}', 'box'], ['[', ']', 'box'],
  ['(', ')', 'box'], ['{', '}', 'decision'], ['>', ']', 'box'],
];

const NODE_ID = /[\p{L}\p{N}_][\p{L}\p{N}_-]*/uy;
const LINK = /\s*(?:<)?(?:-{2,}|={2,}|-\.+-?|~{3,})(?:>|o|x)?(?:\|([^|]*)\|)?\s*/y;
const TEXT_LINK = /\s*(?:--|==|-\.)\s+([^->=.][^>]*?)\s+(?:-{2,}>|={2,}>|\.->|-{2,}|={2,})\s*/y;
const DIRECTIVE = /^\s*(?:classDef|class|style|linkStyle|click|direction|accTitle|accDescr)\b/;

/**
 * A card holds at most 200 steps of 20 links each. "a & b --> c & d" links every node to
 * every node, so a pasted chart can ask for millions of edges: past this it is not read.
 */
const MAX_EDGES = 4_000;

const unquote = (text: string): string => text.trim().replace(/^"(.*)"$/s, '$1').trim();

interface NodeRef {
  key: string;
  label?: string;
  shape?: MermaidNode['shape'];
}

function readNode(line: string, start: number): { ref: NodeRef; end: number } | null {
  let index = start;
  while (line[index] === ' ') index += 1;
  NODE_ID.lastIndex = index;
  const id = NODE_ID.exec(line);
  if (!id) return null;
  index = NODE_ID.lastIndex;
  for (const [open, close, shape] of SHAPES) {
    if (!line.startsWith(open, index)) continue;
    const end = line.indexOf(close, index + open.length);
    if (end < 0) return null;
    return { ref: { key: id[0], label: unquote(line.slice(index + open.length, end)), shape }, end: end + close.length };
  }
  return { ref: { key: id[0] }, end: index };
}

/** Reads a Mermaid `flowchart`/`graph` block; subgraph titles become the steps' roles (lanes). */
export function parseMermaid(source: string): MermaidGraph | null {
  const lines = source.split('\n').flatMap((line) => line.replace(/%%.*$/, '').split(';'));
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0 || !/^\s*(?:flowchart|graph)\b/.test(lines[first]!)) return null;
  const graph: MermaidGraph = { nodes: [], edges: [], skipped: 0 };
  const byKey = new Map<string, MermaidNode>();
  const roles: string[] = [];
  const touch = (ref: NodeRef): void => {
    let node = byKey.get(ref.key);
    if (!node) {
      node = { key: ref.key, label: ref.label ?? ref.key, shape: ref.shape ?? 'box', role: roles.at(-1) ?? '' };
      byKey.set(ref.key, node);
      graph.nodes.push(node);
    } else if (ref.label !== undefined) {
      node.label = ref.label;
      node.shape = ref.shape ?? node.shape;
    }
  };
  for (const raw of lines.slice(first + 1)) {
    const line = raw.trim();
    if (line === '' || DIRECTIVE.test(line)) continue;
    if (line.length > 1000) {
      graph.skipped += 1;
      continue;
    }
    const subgraph = /^subgraph\s+(.*)$/.exec(line);
    if (subgraph) {
      const title = subgraph[1]!.trim();
      const bracket = /\[(.*)\]\s*$/.exec(title);
      roles.push(unquote(bracket ? bracket[1]! : title));
      continue;
    }
    if (line === 'end') {
      roles.pop();
      continue;
    }
    if (!readChain(line, touch, graph)) graph.skipped += 1;
  }
  return graph;
}

function readGroup(line: string, start: number): { refs: NodeRef[]; end: number } | null {
  const refs: NodeRef[] = [];
  let index = start;
  for (;;) {
    const node = readNode(line, index);
    if (!node) return null;
    refs.push(node.ref);
    index = node.end;
    const amp = /\s*&\s*/y;
    amp.lastIndex = index;
    if (!amp.exec(line)) break;
    index = amp.lastIndex;
  }
  return { refs, end: index };
}

function readChain(line: string, touch: (ref: NodeRef) => void, graph: MermaidGraph): boolean {
  let group = readGroup(line, 0);
  if (!group) return false;
  group.refs.forEach(touch);
  let index = group.end;
  while (index < line.length) {
    let label = '';
    TEXT_LINK.lastIndex = index;
    const textLink = TEXT_LINK.exec(line);
    if (textLink) {
      label = unquote(textLink[1]!);
      index = TEXT_LINK.lastIndex;
    } else {
      LINK.lastIndex = index;
      const link = LINK.exec(line);
      if (!link || LINK.lastIndex === index) return line.slice(index).trim() === '';
      label = unquote(link[1] ?? '');
      index = LINK.lastIndex;
    }
    const next = readGroup(line, index);
    if (!next) return false;
    next.refs.forEach(touch);
    if (graph.edges.length + group.refs.length * next.refs.length > MAX_EDGES) return false;
    for (const from of group.refs) for (const to of next.refs) graph.edges.push({ from: from.key, to: to.key, label });
    group = next;
    index = next.end;
  }
  return true;
}

export function mermaidKind(node: MermaidNode, hasIncoming: boolean, hasOutgoing: boolean): FlowStepKind {
  if (node.shape === 'decision') return 'decision';
  if (node.shape === 'terminal' || /^(start|begin|начало|старт|end|конец|окончание|завершение|finish|stop)$/iu.test(node.label)) {
    return !hasIncoming ? 'start' : !hasOutgoing ? 'end' : 'step';
  }
  return 'step';
}
