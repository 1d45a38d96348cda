import {
  CAPA_ISSUE_TYPES,
  CAPA_WORKFLOWS,
  CORRECTIVE_ACTION_WORKFLOW as CA,
  IMPROVEMENT_WORKFLOW as IMP,
  findStatus,
  findTransition,
  statusNameCandidates,
  type CapaWorkflow,
} from '../../../src/core/capa/capa-workflows';

const LANGUAGES = ['en', 'ru'] as const;
const CYRILLIC = /[А-Яа-яЁё]/;

function status(workflow: CapaWorkflow, ref: string) {
  const found = workflow.statuses.find((candidate) => candidate.ref === ref);
  if (!found) throw new Error(`no ${ref}`);
  return found;
}

/** from → to → transition names (en), the way the workflows are specified. */
function edges(workflow: CapaWorkflow): string[] {
  const name = (ref: string) => status(workflow, ref).names.en;
  return workflow.transitions.flatMap((transition) =>
    transition.type === 'INITIAL'
      ? [`(create) → ${name(transition.to)}: ${transition.names.en}`]
      : transition.from.map((from) => `${name(from)} → ${name(transition.to)}: ${transition.names.en}`),
  );
}

function reachable(workflow: CapaWorkflow): Set<string> {
  const initial = workflow.transitions.find((transition) => transition.type === 'INITIAL')!;
  const seen = new Set([initial.to]);
  const queue = [initial.to];
  while (queue.length > 0) {
    const at = queue.shift()!;
    for (const transition of workflow.transitions) {
      if (transition.from.includes(at) && !seen.has(transition.to)) {
        seen.add(transition.to);
        queue.push(transition.to);
      }
    }
  }
  return seen;
}

describe('the corrective action workflow (ISO 9001 §10.2)', () => {
  it('has the statuses in order, with their categories', () => {
    expect(CA.statuses.map((s) => [s.names.en, s.category])).toEqual([
      ['Open', 'TODO'],
      ['Evaluation', 'IN_PROGRESS'],
      ['Containment', 'IN_PROGRESS'],
      ['Root cause analysis', 'IN_PROGRESS'],
      ['Action plan', 'IN_PROGRESS'],
      ['Implementation', 'IN_PROGRESS'],
      ['Effectiveness check', 'IN_PROGRESS'],
      ['Closed', 'DONE'],
      ['Cancelled', 'DONE'],
    ]);
    expect(CA.statuses.map((s) => s.names.ru)).toEqual([
      'Открыто',
      'Оценка',
      'Локализация',
      'Анализ коренной причины',
      'План действий',
      'Выполнение',
      'Проверка результативности',
      'Закрыто',
      'Отменено',
    ]);
  });

  it('has exactly the specified transitions', () => {
    const cancels = ['Open', 'Evaluation', 'Containment', 'Root cause analysis', 'Action plan', 'Implementation', 'Effectiveness check'].map(
      (from) => `${from} → Cancelled: Cancel`,
    );
    expect(edges(CA).sort()).toEqual(
      [
        '(create) → Open: Create',
        'Open → Evaluation: Start evaluation',
        'Evaluation → Containment: Contain',
        'Evaluation → Closed: Close: no action needed',
        'Containment → Root cause analysis: Analyse root cause',
        'Root cause analysis → Action plan: Plan actions',
        'Action plan → Root cause analysis: Back to root cause analysis',
        'Action plan → Implementation: Implement',
        'Implementation → Effectiveness check: Check effectiveness',
        'Effectiveness check → Closed: Close as effective',
        'Effectiveness check → Closed: Close by override',
        'Effectiveness check → Root cause analysis: Not effective',
        ...cancels,
      ].sort(),
    );
  });

  it('can be cancelled from every status but Closed and Cancelled, by one transition', () => {
    const cancel = findTransition('ca.cancel')!.transition;
    const open = CA.statuses.filter((s) => s.ref !== 'ca.closed' && s.ref !== 'ca.cancelled').map((s) => s.ref);
    expect([...cancel.from].sort()).toEqual([...open].sort());
    expect(cancel.to).toBe('ca.cancelled');
  });

  it('restricts only the close by override', () => {
    expect(CA.transitions.filter((t) => t.restricted).map((t) => t.ref)).toEqual(['ca.close-override']);
    expect(IMP.transitions.filter((t) => t.restricted)).toEqual([]);
  });
});

describe('the improvement workflow (ISO 9001 §10.3)', () => {
  it('has the statuses in order, with their categories', () => {
    expect(IMP.statuses.map((s) => [s.names.en, s.names.ru, s.category])).toEqual([
      ['Proposed', 'Предложено', 'TODO'],
      ['Approved', 'Одобрено', 'IN_PROGRESS'],
      ['In Progress', 'В работе', 'IN_PROGRESS'],
      ['Implemented', 'Внедрено', 'IN_PROGRESS'],
      ['Reviewed', 'Оценено', 'DONE'],
      ['Rejected', 'Отклонено', 'DONE'],
    ]);
  });

  it('has exactly the specified transitions', () => {
    expect(edges(IMP).sort()).toEqual(
      [
        '(create) → Proposed: Create',
        'Proposed → Approved: Approve',
        'Approved → In Progress: Start',
        'In Progress → Implemented: Mark implemented',
        'Implemented → Reviewed: Review result',
        'Proposed → Rejected: Reject',
        'Approved → Rejected: Reject',
      ].sort(),
    );
  });
});

describe.each(CAPA_WORKFLOWS.map((workflow) => [workflow.kind, workflow] as const))('the %s workflow as a graph', (_kind, workflow) => {
  it('creates issues in its first status, by its one INITIAL transition', () => {
    const initials = workflow.transitions.filter((transition) => transition.type === 'INITIAL');
    expect(initials).toHaveLength(1);
    expect(initials[0]!.from).toEqual([]);
    expect(initials[0]!.to).toBe(workflow.statuses[0]!.ref);
    for (const transition of workflow.transitions.filter((t) => t.type === 'DIRECTED')) expect(transition.from.length).toBeGreaterThan(0);
  });

  it('reaches every status from the first', () => {
    expect([...reachable(workflow)].sort()).toEqual(workflow.statuses.map((s) => s.ref).sort());
  });

  it('names only its own statuses, and ends at DONE statuses with nothing leaving them', () => {
    const refs = new Set(workflow.statuses.map((s) => s.ref));
    for (const transition of workflow.transitions) {
      for (const ref of [...transition.from, transition.to]) expect(refs.has(ref)).toBe(true);
    }
    const done = workflow.statuses.filter((s) => s.category === 'DONE').map((s) => s.ref);
    expect(done.length).toBeGreaterThan(0);
    for (const transition of workflow.transitions) for (const ref of done) expect(transition.from).not.toContain(ref);
    // Every non-final status has a way out.
    for (const s of workflow.statuses.filter((s) => s.category !== 'DONE')) {
      expect(workflow.transitions.some((t) => t.from.includes(s.ref))).toBe(true);
    }
  });

  it('sets a resolution on every transition into a DONE status, and on no other', () => {
    const done = new Set(workflow.statuses.filter((s) => s.category === 'DONE').map((s) => s.ref));
    for (const transition of workflow.transitions) {
      expect([transition.ref, transition.resolution !== undefined]).toEqual([transition.ref, done.has(transition.to)]);
    }
  });

  it('has stable, unique refs of its kind', () => {
    const prefix = workflow.kind === 'corrective-action' ? 'ca.' : 'imp.';
    const refs = [...workflow.statuses.map((s) => s.ref), ...workflow.transitions.map((t) => t.ref)];
    expect(new Set(refs).size).toBe(refs.length);
    for (const ref of refs) expect(ref).toMatch(new RegExp(`^${prefix.replace('.', '\\.')}[a-z-]+$`));
  });

  it.each(LANGUAGES)('has unique transition names in %s', (language) => {
    const names = workflow.transitions.map((t) => t.names[language]);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('resolutions', () => {
  it('are Done for the closes and the review, Won’t Do for cancelling, rejecting and closing without action', () => {
    const resolutions = Object.fromEntries(
      CAPA_WORKFLOWS.flatMap((w) => w.transitions)
        .filter((t) => t.resolution)
        .map((t) => [t.ref, t.resolution]),
    );
    expect(resolutions).toEqual({
      'ca.no-action': 'wont-do',
      'ca.close-effective': 'done',
      'ca.close-override': 'done',
      'ca.cancel': 'wont-do',
      'imp.review': 'done',
      'imp.reject': 'wont-do',
    });
  });
});

describe('names', () => {
  const statuses = CAPA_WORKFLOWS.flatMap((workflow) => workflow.statuses);
  const named = [
    ...CAPA_WORKFLOWS.flatMap((w) => [w.names, w.descriptions, ...w.transitions.map((t) => t.names)]),
    ...statuses.flatMap((s) => [s.names, s.distinctNames, s.descriptions]),
    ...CAPA_ISSUE_TYPES.flatMap((type) => [type.names, type.descriptions]),
  ];

  it('are present in both languages: English in Latin letters, Russian in Cyrillic', () => {
    for (const names of named) {
      expect(names.en.trim()).not.toBe('');
      expect(names.ru.trim()).not.toBe('');
      expect(names.en).not.toMatch(CYRILLIC);
      expect(names.ru).toMatch(CYRILLIC);
    }
  });

  it.each(LANGUAGES)('of statuses are unique site-wide in %s, across both workflows and every candidate', (language) => {
    // Statuses are site-wide: two of ours sharing a name would become one status.
    const candidates = statuses.flatMap((s) => statusNameCandidates(s, language));
    expect(new Set(candidates).size).toBe(candidates.length);
    const issueTypes = CAPA_ISSUE_TYPES.map((type) => type.names[language]);
    expect(new Set(issueTypes).size).toBe(issueTypes.length);
  });

  it('fit Jira’s limits: 255 characters a status, 60 an issue type', () => {
    for (const s of statuses) for (const language of LANGUAGES) for (const name of statusNameCandidates(s, language)) expect(name.length).toBeLessThanOrEqual(255);
    for (const type of CAPA_ISSUE_TYPES) for (const language of LANGUAGES) expect(type.names[language].length).toBeLessThanOrEqual(60);
  });

  it('of the issue types cite their clauses', () => {
    expect(CAPA_ISSUE_TYPES.map((type) => [type.kind, type.names.en, type.names.ru])).toEqual([
      ['corrective-action', 'Corrective action', 'Корректирующее действие'],
      ['improvement', 'Improvement', 'Улучшение'],
    ]);
    expect(CAPA_ISSUE_TYPES[0]!.descriptions.en).toContain('§10.2');
    expect(CAPA_ISSUE_TYPES[0]!.descriptions.ru).toContain('10.2');
    expect(CAPA_ISSUE_TYPES[1]!.descriptions.en).toContain('§10.3');
    expect(CAPA_ISSUE_TYPES[1]!.descriptions.ru).toContain('10.3');
  });
});

describe('statusNameCandidates', () => {
  it('tries a generic status by its plain name first, then the prefixed one', () => {
    expect(statusNameCandidates(findStatus('ca.open')!.status, 'en')).toEqual(['Open', 'CA: Open']);
    expect(statusNameCandidates(findStatus('ca.closed')!.status, 'ru')).toEqual(['Закрыто', 'КД: Закрыто']);
    expect(statusNameCandidates(findStatus('imp.in-progress')!.status, 'en')).toEqual(['In Progress', 'Improvement: In Progress']);
  });

  it('names a specific status only by its prefixed name', () => {
    expect(statusNameCandidates(findStatus('ca.root-cause')!.status, 'en')).toEqual(['CA: Root cause analysis']);
    expect(statusNameCandidates(findStatus('ca.root-cause')!.status, 'ru')).toEqual(['КД: Анализ коренной причины']);
    expect(statusNameCandidates(findStatus('imp.implemented')!.status, 'ru')).toEqual(['Улучшение: Внедрено']);
  });

  it('treats exactly the generic names as reusable', () => {
    const reusable = CAPA_WORKFLOWS.flatMap((w) => w.statuses)
      .filter((s) => s.reusable)
      .map((s) => s.names.en);
    expect(reusable.sort()).toEqual(['Approved', 'Cancelled', 'Closed', 'In Progress', 'Open', 'Rejected']);
  });
});

describe('lookups', () => {
  it('find a transition or a status by ref in either workflow, and nothing for an unknown ref', () => {
    expect(findTransition('imp.reject')?.workflow.kind).toBe('improvement');
    expect(findTransition('ca.cancel')?.workflow.kind).toBe('corrective-action');
    expect(findTransition('ca.nothing')).toBeNull();
    expect(findStatus('imp.reviewed')?.status.category).toBe('DONE');
    expect(findStatus('nope')).toBeNull();
  });
});
