import type { FlowStepKind } from '../card/process-card';

/**
 * A flowchart already laid out (computed by the resolver, so the macro bundle
 * carries no layout library): the UI only draws these boxes and lines as SVG.
 * Coordinates are in SVG user units with the origin at the top left.
 */
export interface FlowchartLayout {
  width: number;
  height: number;
  /** Swim lanes, one per responsible role, left to right. */
  lanes: Array<{ role: string; x: number; width: number }>;
  nodes: Array<{
    id: string;
    kind: FlowStepKind;
    label: string;
    /** The label broken into lines that fit the box. */
    lines: string[];
    role: string;
    /** Centre of the box. */
    x: number;
    y: number;
    width: number;
    height: number;
  }>;
  edges: Array<{
    from: string;
    to: string;
    label: string;
    points: Array<{ x: number; y: number }>;
    /** Where to draw the label, when there is one. */
    labelAt?: { x: number; y: number };
  }>;
}
