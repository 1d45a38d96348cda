import { findBranches } from '../../src/core/import/find-branches';
import { importOne } from './import-helpers';

describe('branch phrases', () => {
  it.each([
    ['Бюджет утвержден? если да – к 4, если нет – к 2', [{ label: 'да', target: '4' }, { label: 'нет', target: '2' }]],
    ['Complete? If no, go to 3', [{ label: 'no', target: '3' }]],
    ['Проверка (да → 5; нет → 3)', [{ label: 'да', target: '5' }, { label: 'нет', target: '3' }]],
    ['Retry, otherwise go to 7', [{ label: 'otherwise', target: '7' }]],
    ['Return the form, go to 2', [{ label: '', target: '2' }]],
    ['Анализ данных (см. раздел 5)', []],
  ])('finds the branches of «%s»', (text, branches) => {
    expect(findBranches(text).branches).toEqual(branches);
  });
});

describe('the flowchart', () => {
  it('turns numbered steps with roles and branches into linked steps', () => {
    const { content, warnings } = importOne(
      '## 6.4 Блок-схема\n1. Получение заявки (Менеджер)\n2. Проверка заявки (Юрист)\n3. Заявка корректна? (Юрист) если да – к 4, если нет – к 1\n4. Исполнение заявки (Исполнитель)',
    );
    expect(warnings).toEqual([]);
    expect(content.flowchart.steps).toEqual([
      { id: 'step-1', label: 'Получение заявки', kind: 'start', role: 'Менеджер', next: [{ to: 'step-2', label: '' }] },
      { id: 'step-2', label: 'Проверка заявки', kind: 'step', role: 'Юрист', next: [{ to: 'step-3', label: '' }] },
      {
        id: 'step-3',
        label: 'Заявка корректна?',
        kind: 'decision',
        role: 'Юрист',
        next: [
          { to: 'step-4', label: 'да' },
          { to: 'step-1', label: 'нет' },
        ],
      },
      { id: 'step-4', label: 'Исполнение заявки', kind: 'end', role: 'Исполнитель', next: [] },
    ]);
  });

  it('adds the implied way on when a decision names only one branch', () => {
    const { content } = importOne('## Process steps\n1. Receive request (Clerk)\n2. Complete? (Clerk) If no, go to 1\n3. File it (Archivist)');
    expect(content.flowchart.steps[1]!.next).toEqual([
      { to: 'step-1', label: 'no' },
      { to: 'step-3', label: 'yes' },
    ]);
  });

  it('keeps a branch to a step that does not exist as text instead of a broken link', () => {
    const { content } = importOne('## Flowchart\n1. Start (A)\n2. Check (B): if no, go to 9');
    expect(content.flowchart.steps[1]).toMatchObject({ label: 'Check (B): if no, go to 9', next: [] });
  });

  it('reads a Mermaid flowchart, with subgraphs as roles', () => {
    const { content, warnings } = importOne(
      '## Flowchart\n```mermaid\nflowchart TD\n  subgraph Sales\n  A([Start]) --> B[Take order]\n  B --> C{In stock?}\n  end\n  C -->|yes| D[Ship]\n  C -- no --> E[Order stock]\n  E --> D\n  D --> F([End])\n```',
    );
    expect(warnings).toEqual([]);
    const steps = content.flowchart.steps;
    expect(steps.map((step) => [step.label, step.kind, step.role])).toEqual([
      ['Start', 'start', 'Sales'],
      ['Take order', 'step', 'Sales'],
      ['In stock?', 'decision', 'Sales'],
      ['Ship', 'step', ''],
      ['Order stock', 'step', ''],
      ['End', 'end', ''],
    ]);
    expect(steps[2]!.next).toEqual([
      { to: 'step-4', label: 'yes' },
      { to: 'step-5', label: 'no' },
    ]);
  });

  it('keeps an ASCII-art diagram verbatim and reports it', () => {
    const diagram = '┌───────┐\n│ Старт │\n└───────┘\n    ↓\n┌───────┐\n│ Конец │\n└───────┘';
    const { content, warnings } = importOne(`## 6.4 Блок-схема\n${diagram}`);
    expect(content.flowchart).toEqual({ steps: [], source: diagram });
    expect(warnings).toEqual([expect.objectContaining({ code: 'flowchart-unparsed', section: 'flowchart', text: diagram })]);
  });

  it('keeps a fenced diagram that is not Mermaid verbatim', () => {
    const fenced = '```\n[Заявка] ---> [Проверка] ---> [Оплата]\n```';
    const { content, warnings } = importOne(`## Блок-схема\n${fenced}`);
    expect(content.flowchart.source).toBe(fenced);
    expect(warnings.map((warning) => warning.code)).toEqual(['flowchart-unparsed']);
  });
});
