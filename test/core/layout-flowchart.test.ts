import { readFileSync } from 'node:fs';
import { layoutFlowchart } from '../../src/core/flowchart/layout-flowchart';
import { segmentHits } from '../../src/core/flowchart/route-edge';
import { importDocument } from '../../src/core/import/import-document';
import type { FlowStep } from '../../src/core/card/process-card';

const step = (id: string, role: string, kind: FlowStep['kind'], next: Array<[string, string?]>, label = id): FlowStep => ({
  id,
  label,
  kind,
  role,
  next: next.map(([to, linkLabel]) => ({ to, label: linkLabel ?? '' })),
});

const steps: FlowStep[] = [
  step('s1', 'Маркетолог', 'start', [['s2']], 'Начало'),
  step('s2', 'Маркетолог', 'step', [['s3']], 'Анализ рынка и сегментация клиентской базы'),
  step('s3', 'Руководитель отдела маркетинга', 'decision', [['s4', 'да'], ['s2', 'нет']], 'План утвержден?'),
  step('s4', 'Маркетолог', 'end', [], 'Конец'),
];

describe('layoutFlowchart', () => {
  const layout = layoutFlowchart({ steps, source: '' })!;

  it('draws nothing for a card without steps', () => {
    expect(layoutFlowchart({ steps: [], source: 'ASCII art' })).toBeNull();
  });

  it('puts each responsible role in its own lane, in order of first appearance', () => {
    expect(layout.lanes.map((lane) => lane.role)).toEqual(['Маркетолог', 'Руководитель отдела маркетинга']);
    for (const node of layout.nodes) {
      const lane = layout.lanes.find((candidate) => candidate.role === node.role)!;
      expect(node.x - node.width / 2).toBeGreaterThanOrEqual(lane.x);
      expect(node.x + node.width / 2).toBeLessThanOrEqual(lane.x + lane.width);
    }
  });

  it('orders steps top to bottom along the flow', () => {
    const y = (id: string) => layout.nodes.find((node) => node.id === id)!.y;
    expect(y('s1')).toBeLessThan(y('s2'));
    expect(y('s2')).toBeLessThan(y('s3'));
    expect(y('s3')).toBeLessThan(y('s4'));
  });

  it('keeps every box and line inside the drawing', () => {
    for (const node of layout.nodes) {
      expect(node.y - node.height / 2).toBeGreaterThanOrEqual(0);
      expect(node.y + node.height / 2).toBeLessThanOrEqual(layout.height);
      expect(node.x + node.width / 2).toBeLessThanOrEqual(layout.width);
    }
    for (const edge of layout.edges) {
      for (const point of edge.points) {
        expect(point.x).toBeLessThanOrEqual(layout.width);
        expect(point.y).toBeLessThanOrEqual(layout.height);
      }
    }
  });

  it('routes a loop back up around the lanes and keeps branch labels', () => {
    const back = layout.edges.find((edge) => edge.from === 's3' && edge.to === 's2')!;
    expect(back.label).toBe('нет');
    expect(back.labelAt).toBeDefined();
    const lanesRight = Math.max(...layout.lanes.map((lane) => lane.x + lane.width));
    expect(Math.max(...back.points.map((point) => point.x))).toBeGreaterThan(lanesRight);
    const forward = layout.edges.find((edge) => edge.from === 's3' && edge.to === 's4')!;
    expect(forward.points.at(-1)!.y).toBeLessThan(layout.nodes.find((node) => node.id === 's4')!.y);
  });

  it('wraps long labels into lines that fit the box', () => {
    const long = layout.nodes.find((node) => node.id === 's2')!;
    expect(long.lines.length).toBeGreaterThan(1);
    expect(long.lines.join(' ')).toBe('Анализ рынка и сегментация клиентской базы');
    for (const line of long.lines) expect(line.length).toBeLessThanOrEqual(22);
  });
});

describe('layoutFlowchart on the example cards', () => {
  it.each(['marketing.ru.md', 'purchasing.en.md'])('%s: no link runs through a box other than its own ends', (file) => {
    const text = readFileSync(`${__dirname}/../../examples/${file}`, 'utf8');
    const card = importDocument(text).cards[0]!;
    const layout = layoutFlowchart(card.content.flowchart)!;
    expect(layout.edges.length).toBeGreaterThan(5);
    for (const edge of layout.edges) {
      const others = layout.nodes.filter((node) => node.id !== edge.from && node.id !== edge.to);
      edge.points.forEach((point, index) => {
        if (index === 0) return;
        const hit = segmentHits(edge.points[index - 1]!, point, others);
        if (hit) throw new Error(`${edge.from} → ${edge.to} crosses a box at segment ${index}`);
      });
    }
  });
});
