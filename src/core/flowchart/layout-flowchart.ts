import dagre from '@dagrejs/dagre';
import type { Flowchart, FlowStep } from '../card/process-card';
import type { FlowchartLayout } from './flowchart-layout';
import { wrapLabel } from './wrap-label';
import { routeEdge } from './route-edge';

const NODE_WIDTH = 160;
const DECISION_WIDTH = 184;
const LINE_HEIGHT = 16;
const CHARS_PER_LINE = 20;
const SLOT_GAP = 20;
/** Room at each side of a lane: the left one is also the gutter links use to pass boxes. */
const LANE_PADDING = 16;
const LANE_HEADER = 40;
const LOOP_GAP = 14;

type Node = FlowchartLayout['nodes'][number];
type Edge = FlowchartLayout['edges'][number];

/**
 * Lays a card's flowchart out in swim lanes, one per responsible role (ISO process
 * descriptions read "who does what"). dagre orders the steps into ranks top to bottom;
 * each step then sits in its role's lane, and links are routed orthogonally around boxes.
 */
export function layoutFlowchart(flowchart: Flowchart): FlowchartLayout | null {
  const steps = flowchart.steps;
  if (steps.length === 0) return null;

  const sized = steps.map((step) => {
    const width = step.kind === 'decision' ? DECISION_WIDTH : NODE_WIDTH;
    const lines = wrapLabel(step.label, step.kind === 'decision' ? CHARS_PER_LINE - 4 : CHARS_PER_LINE);
    const height = lines.length * LINE_HEIGHT + (step.kind === 'decision' ? 44 : 24);
    return { step, width, height, lines };
  });

  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'TB', nodesep: SLOT_GAP, ranksep: 36 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const { step, width, height } of sized) graph.setNode(step.id, { width, height });
  for (const step of steps) for (const link of step.next) graph.setEdge(step.id, link.to);
  dagre.layout(graph);

  const roles = laneRoles(steps);
  const rowOf = new Map<string, number>();
  const rowCentres = [...new Set(steps.map((step) => graph.node(step.id).y))].sort((a, b) => a - b);
  for (const step of steps) rowOf.set(step.id, rowCentres.indexOf(graph.node(step.id).y));

  // A lane is as wide as the most steps it holds on one row.
  const slots = new Map<string, number>();
  const perLaneRow = new Map<string, number>();
  const byX = [...steps].sort((a, b) => graph.node(a.id).x - graph.node(b.id).x);
  for (const step of byX) {
    const cell = `${step.role}|${rowOf.get(step.id)}`;
    const slot = perLaneRow.get(cell) ?? 0;
    slots.set(step.id, slot);
    perLaneRow.set(cell, slot + 1);
  }
  const lanes: FlowchartLayout['lanes'] = [];
  let x = 0;
  for (const role of roles) {
    const widest = Math.max(
      1,
      ...[...perLaneRow.entries()].filter(([cell]) => cell.startsWith(`${role}|`)).map(([, count]) => count),
    );
    const width = widest * DECISION_WIDTH + (widest - 1) * SLOT_GAP + 2 * LANE_PADDING;
    lanes.push({ role, x, width });
    x += width;
  }
  const laneOf = new Map(lanes.map((lane) => [lane.role, lane]));

  const nodes: Node[] = sized.map(({ step, width, height, lines }) => {
    const lane = laneOf.get(step.role)!;
    const slot = slots.get(step.id) ?? 0;
    return {
      id: step.id,
      kind: step.kind,
      label: step.label,
      lines,
      role: step.role,
      x: lane.x + LANE_PADDING + slot * (DECISION_WIDTH + SLOT_GAP) + DECISION_WIDTH / 2,
      y: LANE_HEADER + graph.node(step.id).y,
      width,
      height,
    };
  });
  const nodeById = new Map(nodes.map((node) => [node.id, node]));
  const lanesRight = x;
  let loops = 0;
  const edges: Edge[] = steps.flatMap((step) =>
    step.next.map((link) => {
      const from = nodeById.get(step.id)!;
      const to = nodeById.get(link.to)!;
      const gutterX = laneOf.get(to.role)!.x + LANE_PADDING / 2;
      const route = routeEdge(from, to, nodes, gutterX, lanesRight + LOOP_GAP * (loops + 1));
      if (route.loop) loops += 1;
      const edge: Edge = { from: from.id, to: to.id, label: link.label, points: route.points };
      if (link.label !== '') edge.labelAt = labelPoint(route.points);
      return edge;
    }),
  );

  const graphHeight = graph.graph().height ?? 0;
  return {
    width: lanesRight + LOOP_GAP * (loops + 1) + 8,
    height: LANE_HEADER + graphHeight + 16,
    lanes,
    nodes,
    edges,
  };
}

/** Roles in order of first appearance; steps with no role share one unnamed lane. */
function laneRoles(steps: FlowStep[]): string[] {
  return [...new Set(steps.map((step) => step.role))];
}

function labelPoint(points: Edge['points']): { x: number; y: number } {
  const first = points[0]!;
  const second = points[1] ?? first;
  return { x: (first.x + second.x) / 2 + 6, y: (first.y + second.y) / 2 };
}
