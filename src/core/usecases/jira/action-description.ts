import type { CardLanguage } from '../../card/process-card';
import type { KpiSnapshot } from '../../capa/ca-record';
import { bulletList, heading, paragraph, text, type AdfBlock, type AdfDoc } from '../../export/adf-nodes';

type Kind = 'corrective-action' | 'improvement';

const WORDS = {
  en: {
    raisedFrom: (kpi: string) => `Raised from the KPI “${kpi}” of the process card `,
    target: 'Target: ',
    values: 'Latest values:',
    noValues: 'No values entered yet.',
    status: 'Status: ',
    proposes: (level: string, streak: number, from: string | null, to: string | null) =>
      `The escalation rules propose ${level}: ${streak} period${streak === 1 ? '' : 's'} in a row${from === null || to === null ? '' : ` (${from === to ? from : `${from} – ${to}`})`}.`,
    problem: { 'corrective-action': 'Problem', improvement: 'Proposal' },
    statuses: { 'on-target': 'on target', warning: 'warning', 'off-target': 'off target', 'no-data': 'no data', overdue: 'overdue', 'no-target': 'the target cannot be read' },
    levels: { correction: 'a correction', 'corrective-action': 'a corrective action', improvement: 'an improvement' },
  },
  ru: {
    raisedFrom: (kpi: string) => `Создано по показателю «${kpi}» карты процесса `,
    target: 'Целевое значение: ',
    values: 'Последние значения:',
    noValues: 'Значения ещё не вносились.',
    status: 'Состояние: ',
    proposes: (level: string, streak: number, from: string | null, to: string | null) =>
      `Правила эскалации предлагают ${level}: периодов подряд — ${streak}${from === null || to === null ? '' : ` (${from === to ? from : `${from} – ${to}`})`}.`,
    problem: { 'corrective-action': 'Проблема', improvement: 'Предложение' },
    statuses: { 'on-target': 'в норме', warning: 'предупреждение', 'off-target': 'не в норме', 'no-data': 'нет данных', overdue: 'просрочено', 'no-target': 'цель не распознана' },
    levels: { correction: 'коррекцию', 'corrective-action': 'корректирующее действие', improvement: 'улучшение' },
  },
} as const;

/**
 * The issue's description, in the card's language: the KPI it was raised from, its target, its
 * latest values and status, what the rules propose, and what the raiser wrote. The record in the
 * issue property holds the same facts for the app; this is for people reading the issue in Jira.
 */
export function actionDescription(input: {
  language: CardLanguage;
  kind: Kind;
  cardTitle: string;
  pageUrl: string | null;
  snapshot: KpiSnapshot;
  text: string;
}): AdfDoc {
  const words = WORDS[input.language];
  const { snapshot } = input;
  const unit = snapshot.unit.trim() === '' ? '' : ` ${snapshot.unit.trim()}`;
  const title = input.cardTitle.trim() === '' ? '—' : input.cardTitle.trim();
  const blocks: AdfBlock[] = [
    paragraph(text(words.raisedFrom(snapshot.name)), text(title, input.pageUrl === null ? undefined : [{ type: 'link', attrs: { href: input.pageUrl } }]), text('.')),
    paragraph(text(words.target), text(snapshot.target.trim() === '' ? '—' : snapshot.target)),
    ...(snapshot.values.length === 0
      ? [paragraph(text(words.noValues))]
      : [paragraph(text(words.values)), bulletList(snapshot.values.map((point) => text(`${point.periodKey}: ${point.value}${unit}`)))]),
    paragraph(text(words.status), text(words.statuses[snapshot.status])),
  ];
  const { proposal } = snapshot;
  if (proposal.level !== 'none') blocks.push(paragraph(text(words.proposes(words.levels[proposal.level], proposal.streak, proposal.fromPeriod, proposal.toPeriod))));
  if (input.text.trim() !== '') blocks.push(heading(3, words.problem[input.kind]), paragraph(text(input.text)));
  return { version: 1, type: 'doc', content: blocks };
}
