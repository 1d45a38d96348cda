import type { FlowchartLayout } from './flowchart-layout';

type Node = FlowchartLayout['nodes'][number];
type Point = { x: number; y: number };

const CLEARANCE = 4;
/** How far below a box (or above) a link turns: half the gap dagre leaves between rows. */
const TURN = 14;

export interface Route {
  points: Point[];
  /** True when the link runs back up around the right of the lanes. */
  loop: boolean;
}

/**
 * Routes a link orthogonally without crossing other boxes: it turns just below its source,
 * or else just above its target, or else runs down the gutter at the left edge of the
 * target's lane. A link back up (a loop in the process) runs round the right of every lane.
 */
export function routeEdge(from: Node, to: Node, others: Node[], gutterX: number, loopX: number): Route {
  const fromBottom = from.y + from.height / 2;
  const toTop = to.y - to.height / 2;
  const obstacles = others.filter((node) => node.id !== from.id && node.id !== to.id);
  const clear = (points: Point[]) => points.every((point, index) => index === 0 || !segmentHits(points[index - 1]!, point, obstacles));

  if (toTop > fromBottom) {
    if (from.x === to.x) {
      const straight = [
        { x: from.x, y: fromBottom },
        { x: to.x, y: toTop },
      ];
      if (clear(straight)) return { points: straight, loop: false };
    }
    for (const turnY of [fromBottom + TURN, toTop - TURN]) {
      const bent = [
        { x: from.x, y: fromBottom },
        { x: from.x, y: turnY },
        { x: to.x, y: turnY },
        { x: to.x, y: toTop },
      ];
      if (clear(bent)) return { points: bent, loop: false };
    }
    return {
      points: [
        { x: from.x, y: fromBottom },
        { x: from.x, y: fromBottom + TURN },
        { x: gutterX, y: fromBottom + TURN },
        { x: gutterX, y: toTop - TURN },
        { x: to.x, y: toTop - TURN },
        { x: to.x, y: toTop },
      ],
      loop: false,
    };
  }
  if (Math.abs(from.y - to.y) < 1 && from.id !== to.id) {
    const direction = to.x > from.x ? 1 : -1;
    return {
      points: [
        { x: from.x + (direction * from.width) / 2, y: from.y },
        { x: to.x - (direction * to.width) / 2, y: to.y },
      ],
      loop: false,
    };
  }
  return {
    points: [
      { x: from.x + from.width / 2, y: from.y },
      { x: loopX, y: from.y },
      { x: loopX, y: to.y },
      { x: to.x + to.width / 2, y: to.y },
    ],
    loop: true,
  };
}

/** Whether an axis-parallel segment passes through any of the boxes. */
export function segmentHits(a: Point, b: Point, boxes: Node[]): boolean {
  const minX = Math.min(a.x, b.x);
  const maxX = Math.max(a.x, b.x);
  const minY = Math.min(a.y, b.y);
  const maxY = Math.max(a.y, b.y);
  return boxes.some((box) => {
    const left = box.x - box.width / 2 - CLEARANCE;
    const right = box.x + box.width / 2 + CLEARANCE;
    const top = box.y - box.height / 2 - CLEARANCE;
    const bottom = box.y + box.height / 2 + CLEARANCE;
    return maxX > left && minX < right && maxY > top && minY < bottom;
  });
}
