import type { FlowStep, FlowStepKind } from '../card/process-card';
import { findBranches } from './find-branches';
import { trimEndChars } from './text-lines';

export interface NumberedItem {
  /** The step number as written, without a trailing dot: «3», «2.1». */
  number: string;
  text: string;
  /** Role given apart from the text (a "Participants" row under the step). */
  role: string;
}

const START = /^(?:начало|старт|start|begin)(?![\p{L}])/iu;
const END = /^(?:конец|окончание|завершение процесса|end|finish|stop)(?![\p{L}])/iu;
const OPPOSITE: Record<string, string> = { да: 'нет', нет: 'да', yes: 'no', no: 'yes' };

/** «Согласование бюджета (Финансовый директор)» → label and the role in the closing brackets. */
function splitRole(text: string): { label: string; role: string } {
  const trimmed = trimEndChars(text.trim(), ' ,;:–—-(');
  if (!trimmed.endsWith(')')) return { label: trimmed, role: '' };
  let depth = 0;
  for (let index = trimmed.length - 1; index >= 0; index -= 1) {
    const char = trimmed[index];
    if (char === ')') depth += 1;
    else if (char === '(') {
      depth -= 1;
      if (depth === 0) {
        const label = trimEndChars(trimmed.slice(0, index), ' ,;:–—-');
        return label === '' ? { label: trimmed, role: '' } : { label, role: trimmed.slice(index + 1, -1).trim() };
      }
    }
  }
  return { label: trimmed, role: '' };
}

/**
 * Turns a numbered list of steps into flowchart steps with ids `step-N` (N from `firstId`).
 * Branch phrases become labelled links; a step with one conditional branch also leads on to
 * the next step, labelled with the opposite answer. The first step starts the chart, and a
 * last step that leads nowhere ends it.
 */
export function buildNumberedSteps(items: readonly NumberedItem[], firstId: number): FlowStep[] {
  const ids = new Map<string, string>();
  items.forEach((item, index) => {
    if (!ids.has(item.number)) ids.set(item.number, `step-${firstId + index}`);
  });
  return items.map((item, index) => {
    const id = `step-${firstId + index}`;
    const following = index + 1 < items.length ? `step-${firstId + index + 1}` : undefined;
    const found = findBranches(item.text);
    const resolved = found.branches.every((branch) => ids.has(branch.target));
    const head = resolved ? item.text.slice(0, found.cut) : item.text;
    const { label, role } = splitRole(head);
    const next: FlowStep['next'] = [];
    if (resolved && found.branches.length > 0) {
      for (const branch of found.branches) next.push({ to: ids.get(branch.target)!, label: branch.label });
      const conditional = found.branches.filter((branch) => branch.label !== '');
      if (conditional.length === 1 && following && !next.some((link) => link.to === following)) {
        next.push({ to: following, label: OPPOSITE[conditional[0]!.label.toLowerCase()] ?? '' });
      }
    } else if (following && !END.test(label)) {
      next.push({ to: following, label: '' });
    }
    const conditionalCount = next.filter((link) => link.label !== '').length;
    let kind: FlowStepKind = 'step';
    if (conditionalCount >= 1 || label.endsWith('?')) kind = 'decision';
    else if (START.test(label) || index === 0) kind = 'start';
    else if (END.test(label) || next.length === 0) kind = 'end';
    return { id, label: label || item.text.trim(), kind, role: role || item.role, next: next.slice(0, 20) };
  });
}

/** Activities named in a row ("Activities: planning, execution, review") are a plain sequence. */
export function sequenceSteps(labels: readonly string[], firstId: number): FlowStep[] {
  return labels.map((label, index) => ({
    id: `step-${firstId + index}`,
    label,
    kind: index === 0 ? 'start' : index === labels.length - 1 ? 'end' : 'step',
    role: '',
    next: index + 1 < labels.length ? [{ to: `step-${firstId + index + 1}`, label: '' }] : [],
  }));
}
