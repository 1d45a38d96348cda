import { useId, useRef } from 'react';
import type { FlowchartLayout } from '@src/core/flowchart/flowchart-layout';
import { useI18n } from '@shared/i18n/i18n-context';
import { useCardLanguage } from '../card/written-text';
import { useOverflowing } from './use-overflowing';

type LayoutNode = FlowchartLayout['nodes'][number];
type LayoutEdge = FlowchartLayout['edges'][number];

const LINE_HEIGHT = 16;
/** Matches the layout's lane header band (LANE_HEADER in layout-flowchart.ts). */
const LANE_TITLE_Y = 16;
const CHAR_WIDTH = 6.6;

/**
 * Draws a flowchart laid out by the resolver: swim lanes by role, steps, and arrows. Always at its
 * own size: a chart wider than the page scrolls sideways in its frame, since shrinking it to fit
 * Confluence's 720 px page made its labels 7 px high. The frame then takes focus, so the keyboard
 * can scroll it too.
 */
export function FlowchartSvg({ layout }: { layout: FlowchartLayout }) {
  const { t } = useI18n();
  const lang = useCardLanguage();
  const arrowId = `pc-arrow-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const label = t('flowchartLabel', { steps: layout.nodes.length, lanes: layout.lanes.length });
  const frame = useRef<HTMLDivElement>(null);
  const scrolls = useOverflowing(frame);
  return (
    <>
      {/* Seen, not read: the frame's own label says it to screen readers. */}
      {scrolls && (
        <p className="pc-flow__hint" aria-hidden="true">
          {t('flowchartScrolls')}
        </p>
      )}
      <div
        ref={frame}
        className="pc-flow__scroll"
        {...(scrolls ? { tabIndex: 0, role: 'group', 'aria-label': t('flowchartScrolls') } : {})}
      >
        <svg
          className="pc-flow__svg"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width={layout.width}
          height={layout.height}
          role="img"
          aria-label={label}
          lang={lang}
        >
          <defs>
            <marker id={arrowId} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
              <path className="pc-flow__arrowhead" d="M0,0 L10,5 L0,10 z" />
            </marker>
          </defs>
          {layout.lanes.map((lane, index) => (
            <g key={`${lane.role}-${index}`} className={`pc-flow__lane pc-flow__lane--${index % 2 === 0 ? 'even' : 'odd'}`}>
              <rect x={lane.x} y={0} width={lane.width} height={layout.height} />
              <LaneTitle x={lane.x + lane.width / 2} width={lane.width} text={lane.role === '' ? t('roleNotStated') : lane.role} />
            </g>
          ))}
          {layout.edges.map((edge, index) => (
            <EdgePath key={`${edge.from}-${edge.to}-${index}`} edge={edge} arrowId={arrowId} />
          ))}
          {layout.nodes.map((node) => (
            <NodeShape key={node.id} node={node} />
          ))}
          {layout.edges.map((edge, index) =>
            edge.labelAt !== undefined && edge.label !== '' ? (
              <EdgeLabel key={`label-${edge.from}-${edge.to}-${index}`} text={edge.label} at={edge.labelAt} />
            ) : null,
          )}
        </svg>
      </div>
    </>
  );
}

function LaneTitle({ x, width, text }: { x: number; width: number; text: string }) {
  const lines = fitLines(text, Math.max(8, Math.floor((width - 16) / CHAR_WIDTH)), 2);
  return (
    <text className="pc-flow__lane-title" x={x} y={LANE_TITLE_Y} textAnchor="middle">
      <title>{text}</title>
      {lines.map((line, index) => (
        <tspan key={index} x={x} dy={index === 0 ? 0 : 14}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

function NodeShape({ node }: { node: LayoutNode }) {
  const left = node.x - node.width / 2;
  const top = node.y - node.height / 2;
  const shape =
    node.kind === 'decision' ? (
      <polygon
        points={`${node.x},${top} ${left + node.width},${node.y} ${node.x},${top + node.height} ${left},${node.y}`}
      />
    ) : (
      <rect
        x={left}
        y={top}
        width={node.width}
        height={node.height}
        rx={node.kind === 'step' ? 4 : node.height / 2}
      />
    );
  const firstLineY = node.y - ((node.lines.length - 1) * LINE_HEIGHT) / 2;
  return (
    <g className={`pc-flow__node pc-flow__node--${node.kind}`}>
      {shape}
      <text x={node.x} y={firstLineY} textAnchor="middle" dominantBaseline="central">
        {node.lines.map((line, index) => (
          <tspan key={index} x={node.x} dy={index === 0 ? 0 : LINE_HEIGHT}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

function EdgePath({ edge, arrowId }: { edge: LayoutEdge; arrowId: string }) {
  if (edge.points.length < 2) return null;
  const d = edge.points.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x},${point.y}`).join(' ');
  return <path className="pc-flow__edge" d={d} markerEnd={`url(#${arrowId})`} />;
}

function EdgeLabel({ text, at }: { text: string; at: { x: number; y: number } }) {
  const width = text.length * CHAR_WIDTH + 8;
  return (
    <g className="pc-flow__edge-label">
      <rect x={at.x - width / 2} y={at.y - 9} width={width} height={18} rx={3} />
      <text x={at.x} y={at.y} textAnchor="middle" dominantBaseline="central">
        {text}
      </text>
    </g>
  );
}

/** Breaks a lane title into at most maxLines lines, ending with an ellipsis if it is cut. */
function fitLines(text: string, perLine: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (candidate.length <= perLine || current === '') current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, Math.max(1, perLine - 1))}…`;
  return kept;
}
