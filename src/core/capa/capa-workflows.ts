import type { CardLanguage } from '../card/process-card';
import type { StatusCategory } from '../ports/jira-provisioning';

/**
 * The two Jira workflows the app provisions, as data: corrective action (ISO 9001 §10.2) and
 * improvement (§10.3). Statuses and transitions carry stable refs (the app's names for them, never
 * shown) so the app's checks, the validator's config and provisioning agree on what is what while
 * the names shown in Jira follow the site's language. Nothing here knows Jira's ids: workflow-shape
 * turns this into the port's WorkflowShape once provisioning has found or created the statuses.
 */

export type Names = Readonly<Record<CardLanguage, string>>;

export type WorkflowKind = 'corrective-action' | 'improvement';

export interface CapaStatus {
  ref: string;
  category: StatusCategory;
  names: Names;
  /**
   * The name used when the plain one cannot be: prefixed with the workflow ("CA: Open"), so it is
   * specific to this app's workflow and unlikely to be taken by anything else on the site.
   */
  distinctNames: Names;
  /** A generic name (Open, Closed…) that an existing status of the same category may serve. */
  reusable: boolean;
  descriptions: Names;
}

/** Which resolution a transition into a DONE status sets; the names are the site's (DEFAULT_RESOLUTION_NAMES). */
export type ResolutionKind = 'done' | 'wont-do';

export interface CapaTransition {
  ref: string;
  names: Names;
  type: 'INITIAL' | 'DIRECTED';
  /** Status refs it leaves; empty for INITIAL. */
  from: readonly string[];
  to: string;
  /** Set exactly when `to` is a DONE status: the resolution the transition sets. */
  resolution?: ResolutionKind;
  /** Only some people may take it (the rules saying who are provisioning's input: workflowShape). */
  restricted?: true;
  /**
   * The app's effectiveness gate decides it (the KPI on target long enough since implementation);
   * `implementedFrom` is the status whose leaving marks implementation in the issue's changelog.
   */
  gate?: { implementedFrom: string };
  /**
   * Four eyes: whoever moved the issue from `from` into `to` may not take it (Jira's separation of
   * duties), so the one who implemented does not confirm the effectiveness of their own work.
   */
  separateFrom?: { from: string; to: string };
}

export interface CapaWorkflow {
  kind: WorkflowKind;
  names: Names;
  descriptions: Names;
  /** The first is where the INITIAL transition leads. */
  statuses: readonly CapaStatus[];
  transitions: readonly CapaTransition[];
}

export interface CapaIssueType {
  kind: WorkflowKind;
  names: Names;
  descriptions: Names;
}

/**
 * Jira's default resolutions are Done, Won't Do, Duplicate and Cannot Reproduce; a site that has
 * renamed them passes its own names, and provisioning looks their ids up by name.
 */
export const DEFAULT_RESOLUTION_NAMES: Readonly<Record<ResolutionKind, string>> = { done: 'Done', 'wont-do': "Won't Do" };

interface StatusInput {
  ref: string;
  category: StatusCategory;
  en: string;
  ru: string;
  reusable?: true;
  description: Names;
}

function statusesOf(prefix: Names, inputs: readonly StatusInput[]): CapaStatus[] {
  return inputs.map((input) => ({
    ref: input.ref,
    category: input.category,
    names: { en: input.en, ru: input.ru },
    distinctNames: { en: `${prefix.en}: ${input.en}`, ru: `${prefix.ru}: ${input.ru}` },
    reusable: input.reusable ?? false,
    descriptions: input.description,
  }));
}

const CA_PREFIX: Names = { en: 'CA', ru: 'КД' };
const IMPROVEMENT_PREFIX: Names = { en: 'Improvement', ru: 'Улучшение' };

const CA_STATUSES = statusesOf(CA_PREFIX, [
  {
    ref: 'ca.open',
    category: 'TODO',
    en: 'Open',
    ru: 'Открыто',
    reusable: true,
    description: { en: 'A nonconformity has been raised and is being described.', ru: 'Несоответствие зарегистрировано, идёт его описание.' },
  },
  {
    ref: 'ca.evaluation',
    category: 'IN_PROGRESS',
    en: 'Evaluation',
    ru: 'Оценка',
    description: {
      en: 'Deciding whether a correction is enough or the cause must be eliminated (ISO 9001 §10.2.1 b).',
      ru: 'Решается, достаточно ли коррекции или нужно устранять причину (ISO 9001, п. 10.2.1 b).',
    },
  },
  {
    ref: 'ca.containment',
    category: 'IN_PROGRESS',
    en: 'Containment',
    ru: 'Локализация',
    description: {
      en: 'Controlling and correcting the nonconformity and dealing with its consequences (ISO 9001 §10.2.1 a).',
      ru: 'Управление несоответствием, его коррекция и устранение последствий (ISO 9001, п. 10.2.1 a).',
    },
  },
  {
    ref: 'ca.root-cause',
    category: 'IN_PROGRESS',
    en: 'Root cause analysis',
    ru: 'Анализ коренной причины',
    description: {
      en: 'Determining the cause and whether similar nonconformities exist or could occur (ISO 9001 §10.2.1 b).',
      ru: 'Определение причины и того, есть ли или могут ли возникнуть подобные несоответствия (ISO 9001, п. 10.2.1 b).',
    },
  },
  {
    ref: 'ca.action-plan',
    category: 'IN_PROGRESS',
    en: 'Action plan',
    ru: 'План действий',
    description: {
      en: 'Planning the actions, who does them and by when, and how effectiveness will be verified.',
      ru: 'Планирование действий, ответственных и сроков, а также способа проверки результативности.',
    },
  },
  {
    ref: 'ca.implementation',
    category: 'IN_PROGRESS',
    en: 'Implementation',
    ru: 'Выполнение',
    description: { en: 'Carrying out the planned actions (ISO 9001 §10.2.1 c).', ru: 'Выполнение запланированных действий (ISO 9001, п. 10.2.1 c).' },
  },
  {
    ref: 'ca.effectiveness',
    category: 'IN_PROGRESS',
    en: 'Effectiveness check',
    ru: 'Проверка результативности',
    description: {
      en: 'Reviewing whether the actions taken were effective (ISO 9001 §10.2.1 d).',
      ru: 'Анализ результативности предпринятых действий (ISO 9001, п. 10.2.1 d).',
    },
  },
  {
    ref: 'ca.closed',
    category: 'DONE',
    en: 'Closed',
    ru: 'Закрыто',
    reusable: true,
    description: { en: 'The corrective action is complete.', ru: 'Корректирующее действие завершено.' },
  },
  {
    ref: 'ca.cancelled',
    category: 'DONE',
    en: 'Cancelled',
    ru: 'Отменено',
    reusable: true,
    description: { en: 'The corrective action was cancelled, with the reason recorded.', ru: 'Корректирующее действие отменено, причина записана.' },
  },
]);

/** Every status a corrective action can be cancelled from: all but the final ones. */
const CA_CANCELLABLE = CA_STATUSES.filter((status) => status.category !== 'DONE').map((status) => status.ref);

export const CORRECTIVE_ACTION_WORKFLOW: CapaWorkflow = {
  kind: 'corrective-action',
  names: { en: 'Process Cards: Corrective action', ru: 'Process Cards: Корректирующее действие' },
  descriptions: {
    en: 'Corrective action for a nonconformity (ISO 9001 §10.2), provisioned by the Process Cards app.',
    ru: 'Корректирующие действия по несоответствию (ISO 9001, п. 10.2); создан приложением Process Cards.',
  },
  statuses: CA_STATUSES,
  transitions: [
    { ref: 'ca.create', names: { en: 'Create', ru: 'Создать' }, type: 'INITIAL', from: [], to: 'ca.open' },
    { ref: 'ca.evaluate', names: { en: 'Start evaluation', ru: 'Начать оценку' }, type: 'DIRECTED', from: ['ca.open'], to: 'ca.evaluation' },
    { ref: 'ca.contain', names: { en: 'Contain', ru: 'Локализовать' }, type: 'DIRECTED', from: ['ca.evaluation'], to: 'ca.containment' },
    {
      ref: 'ca.no-action',
      names: { en: 'Close: no action needed', ru: 'Закрыть: действия не требуются' },
      type: 'DIRECTED',
      from: ['ca.evaluation'],
      to: 'ca.closed',
      resolution: 'wont-do',
    },
    {
      ref: 'ca.analyse',
      names: { en: 'Analyse root cause', ru: 'Анализировать причину' },
      type: 'DIRECTED',
      from: ['ca.containment'],
      to: 'ca.root-cause',
    },
    { ref: 'ca.plan', names: { en: 'Plan actions', ru: 'Запланировать действия' }, type: 'DIRECTED', from: ['ca.root-cause'], to: 'ca.action-plan' },
    {
      ref: 'ca.back-to-analysis',
      names: { en: 'Back to root cause analysis', ru: 'Вернуть на анализ причины' },
      type: 'DIRECTED',
      from: ['ca.action-plan'],
      to: 'ca.root-cause',
    },
    { ref: 'ca.implement', names: { en: 'Implement', ru: 'Приступить к выполнению' }, type: 'DIRECTED', from: ['ca.action-plan'], to: 'ca.implementation' },
    {
      ref: 'ca.check',
      names: { en: 'Check effectiveness', ru: 'Проверить результативность' },
      type: 'DIRECTED',
      from: ['ca.implementation'],
      to: 'ca.effectiveness',
    },
    {
      ref: 'ca.close-effective',
      names: { en: 'Close as effective', ru: 'Закрыть: результативно' },
      type: 'DIRECTED',
      from: ['ca.effectiveness'],
      to: 'ca.closed',
      resolution: 'done',
      gate: { implementedFrom: 'ca.implementation' },
      separateFrom: { from: 'ca.implementation', to: 'ca.effectiveness' },
    },
    {
      ref: 'ca.close-override',
      names: { en: 'Close by override', ru: 'Закрыть в порядке исключения' },
      type: 'DIRECTED',
      from: ['ca.effectiveness'],
      to: 'ca.closed',
      resolution: 'done',
      restricted: true,
    },
    {
      ref: 'ca.not-effective',
      names: { en: 'Not effective', ru: 'Нерезультативно' },
      type: 'DIRECTED',
      from: ['ca.effectiveness'],
      to: 'ca.root-cause',
    },
    { ref: 'ca.cancel', names: { en: 'Cancel', ru: 'Отменить' }, type: 'DIRECTED', from: CA_CANCELLABLE, to: 'ca.cancelled', resolution: 'wont-do' },
  ],
};

const IMPROVEMENT_STATUSES = statusesOf(IMPROVEMENT_PREFIX, [
  {
    ref: 'imp.proposed',
    category: 'TODO',
    en: 'Proposed',
    ru: 'Предложено',
    description: { en: 'An opportunity for improvement has been proposed.', ru: 'Предложена возможность для улучшения.' },
  },
  {
    ref: 'imp.approved',
    category: 'IN_PROGRESS',
    en: 'Approved',
    ru: 'Одобрено',
    reusable: true,
    description: { en: 'The improvement is approved and waits to be started.', ru: 'Улучшение одобрено и ожидает начала работ.' },
  },
  {
    ref: 'imp.in-progress',
    category: 'IN_PROGRESS',
    // Jira's own status is spelt "In Progress": the same spelling lets a site's status serve.
    en: 'In Progress',
    ru: 'В работе',
    reusable: true,
    description: { en: 'The improvement is being implemented.', ru: 'Улучшение внедряется.' },
  },
  {
    ref: 'imp.implemented',
    category: 'IN_PROGRESS',
    en: 'Implemented',
    ru: 'Внедрено',
    description: { en: 'The improvement is in place; its result is to be reviewed.', ru: 'Улучшение внедрено; предстоит оценить результат.' },
  },
  {
    ref: 'imp.reviewed',
    category: 'DONE',
    en: 'Reviewed',
    ru: 'Оценено',
    description: { en: 'The result of the improvement has been reviewed (ISO 9001 §10.3).', ru: 'Результат улучшения оценён (ISO 9001, п. 10.3).' },
  },
  {
    ref: 'imp.rejected',
    category: 'DONE',
    en: 'Rejected',
    ru: 'Отклонено',
    reusable: true,
    description: { en: 'The proposal was rejected, with the reason recorded.', ru: 'Предложение отклонено, причина записана.' },
  },
]);

export const IMPROVEMENT_WORKFLOW: CapaWorkflow = {
  kind: 'improvement',
  names: { en: 'Process Cards: Improvement', ru: 'Process Cards: Улучшение' },
  descriptions: {
    en: 'Continual improvement (ISO 9001 §10.3), provisioned by the Process Cards app.',
    ru: 'Постоянное улучшение (ISO 9001, п. 10.3); создан приложением Process Cards.',
  },
  statuses: IMPROVEMENT_STATUSES,
  transitions: [
    { ref: 'imp.create', names: { en: 'Create', ru: 'Создать' }, type: 'INITIAL', from: [], to: 'imp.proposed' },
    { ref: 'imp.approve', names: { en: 'Approve', ru: 'Одобрить' }, type: 'DIRECTED', from: ['imp.proposed'], to: 'imp.approved' },
    { ref: 'imp.start', names: { en: 'Start', ru: 'Начать работу' }, type: 'DIRECTED', from: ['imp.approved'], to: 'imp.in-progress' },
    { ref: 'imp.complete', names: { en: 'Mark implemented', ru: 'Отметить внедрение' }, type: 'DIRECTED', from: ['imp.in-progress'], to: 'imp.implemented' },
    { ref: 'imp.review', names: { en: 'Review result', ru: 'Оценить результат' }, type: 'DIRECTED', from: ['imp.implemented'], to: 'imp.reviewed', resolution: 'done' },
    // One transition from both statuses: Jira shows one "Reject" wherever it applies.
    { ref: 'imp.reject', names: { en: 'Reject', ru: 'Отклонить' }, type: 'DIRECTED', from: ['imp.proposed', 'imp.approved'], to: 'imp.rejected', resolution: 'wont-do' },
  ],
};

export const CAPA_WORKFLOWS: readonly CapaWorkflow[] = [CORRECTIVE_ACTION_WORKFLOW, IMPROVEMENT_WORKFLOW];

/** The issue types the workflows serve (Jira caps an issue type's name at 60 characters). */
export const CAPA_ISSUE_TYPES: readonly CapaIssueType[] = [
  {
    kind: 'corrective-action',
    names: { en: 'Corrective action', ru: 'Корректирующее действие' },
    descriptions: {
      en: 'A nonconformity and the action taken to eliminate its cause so that it does not recur (ISO 9001 §10.2).',
      ru: 'Несоответствие и действия по устранению его причины, чтобы оно не повторилось (ISO 9001, п. 10.2).',
    },
  },
  {
    kind: 'improvement',
    names: { en: 'Improvement', ru: 'Улучшение' },
    descriptions: {
      en: 'An opportunity for improvement: the proposal, its implementation and the review of its result (ISO 9001 §10.3).',
      ru: 'Возможность для улучшения: предложение, его внедрение и оценка результата (ISO 9001, п. 10.3).',
    },
  },
];

export function workflowOf(kind: WorkflowKind): CapaWorkflow {
  return kind === 'corrective-action' ? CORRECTIVE_ACTION_WORKFLOW : IMPROVEMENT_WORKFLOW;
}

/** The transition with this ref in either workflow, and the workflow holding it; null when there is none. */
export function findTransition(ref: string): { workflow: CapaWorkflow; transition: CapaTransition } | null {
  for (const workflow of CAPA_WORKFLOWS) {
    const transition = workflow.transitions.find((candidate) => candidate.ref === ref);
    if (transition) return { workflow, transition };
  }
  return null;
}

export function findStatus(ref: string): { workflow: CapaWorkflow; status: CapaStatus } | null {
  for (const workflow of CAPA_WORKFLOWS) {
    const status = workflow.statuses.find((candidate) => candidate.ref === ref);
    if (status) return { workflow, status };
  }
  return null;
}

/**
 * The names to try for a status, in order. Statuses are site-wide in Jira and many sites already
 * have an Open, a Closed or an Approved, so a generic (reusable) status tries its plain name first:
 * provisioning takes the first candidate that either no status has (and creates it) or that a
 * status of the same category has (and reuses it). A same-name status of another category would
 * put our issues in the wrong column of every board, so then the next, prefixed candidate is
 * tried. A specific status ("Root cause analysis") always uses the prefixed name: an existing
 * status of that name is someone else's, with a meaning of its own, and ours must not merge with it.
 */
export function statusNameCandidates(status: CapaStatus, language: CardLanguage): string[] {
  return status.reusable ? [status.names[language], status.distinctNames[language]] : [status.distinctNames[language]];
}
