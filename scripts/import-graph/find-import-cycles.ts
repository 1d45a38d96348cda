import type { ImportEdge, ImportGraph } from './read-import-graph';

/** A cycle as the imports that make it: each step's file imports the next step's, back to the first. */
export type ImportCycle = Array<{ from: string; edge: ImportEdge }>;

/** The strongly connected components with a cycle in them (Tarjan), each as a sorted file list. */
function cyclicComponents(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const connect = (file: string): void => {
    index.set(file, index.size);
    lowLink.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const { to } of graph.get(file) ?? []) {
      if (!index.has(to)) {
        connect(to);
        lowLink.set(file, Math.min(lowLink.get(file)!, lowLink.get(to)!));
      } else if (onStack.has(to)) {
        lowLink.set(file, Math.min(lowLink.get(file)!, index.get(to)!));
      }
    }
    if (lowLink.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    const selfImport = (graph.get(file) ?? []).some(({ to }) => to === file);
    if (component.length > 1 || selfImport) components.push(component.sort());
  };
  for (const file of [...graph.keys()].sort()) if (!index.has(file)) connect(file);
  return components;
}

/** The shortest way round a component from its first file, breadth first, so the report stays short. */
function shortestCycle(graph: ImportGraph, component: string[]): ImportCycle {
  const members = new Set(component);
  const start = component[0]!;
  const cameFrom = new Map<string, { from: string; edge: ImportEdge }>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const file = queue[head]!;
    for (const edge of graph.get(file) ?? []) {
      if (!members.has(edge.to) || cameFrom.has(edge.to)) continue;
      cameFrom.set(edge.to, { from: file, edge });
      if (edge.to === start) {
        const cycle: ImportCycle = [];
        for (let step = cameFrom.get(start)!; ; step = cameFrom.get(step.from)!) {
          cycle.unshift(step);
          if (step.from === start) return cycle;
        }
      }
      queue.push(edge.to);
    }
  }
  throw new Error(`No cycle through ${start}`);
}

/** One cycle per tangle of files that import each other, type-only imports included. */
export function findImportCycles(graph: ImportGraph): ImportCycle[] {
  return cyclicComponents(graph).map((component) => shortestCycle(graph, component));
}
