import type { SectionKey } from '../card/process-card';

/** Sections plus the headings that are structure only: the contents and the "description" parent (§6). */
export type HeadingKey = SectionKey | 'toc' | 'description';

/** Which half of a section a heading names: purpose of the card vs of the process; terms with abbreviations. */
export type HeadingPart = 'card' | 'process' | 'combined';

interface Synonym {
  key: HeadingKey;
  part?: HeadingPart;
  pattern: RegExp;
}

const whole = (alternatives: string): RegExp => new RegExp(`^(?:${alternatives})$`, 'u');

/**
 * Heading wordings seen in Russian and English process documents, matched against the
 * normalised heading (lower case, «ё» → «е», no numbering, emphasis or trailing colon).
 * Order matters: the first match wins, so narrower wordings come first.
 */
export const HEADING_SYNONYMS: readonly Synonym[] = [
  { key: 'toc', pattern: whole('содержание|оглавление|contents|table of contents') },
  {
    key: 'approval',
    pattern: whole('утверждаю|утверждено|лист утверждения|approval|approved|approved by|approver|approval block'),
  },
  {
    key: 'purpose',
    part: 'card',
    pattern: whole(
      '(назначение|цель|цели) (карты|документа)( процесса)?|purpose of (the |this )?(process )?(card|document)|(card|document) purpose',
    ),
  },
  {
    key: 'purpose',
    part: 'process',
    pattern: whole(
      '(назначение|цель|цели|задачи)( и (цели|задачи))?( процесса)?|назначение и область применения|цель и область применения|' +
        'purpose( of the process)?|purpose and scope|process purpose|objectives?( of the process)?|aims?|goals?( of the process)?|' +
        'process (goal|objective)s?|summary',
    ),
  },
  {
    key: 'scope',
    pattern: whole(
      'область (применения|распространения)|сфера (применения|действия)|границы процесса|' +
        'scope( of application)?|process scope|applicability|field of application',
    ),
  },
  {
    key: 'terms',
    part: 'combined',
    pattern: whole(
      'термины,? определения,? (и )?(обозначения и )?сокращения|термины и определения,? (и )?сокращения|' +
        'terms,? definitions,? (and )?abbreviations|definitions and abbreviations|terms and abbreviations',
    ),
  },
  {
    key: 'terms',
    pattern: whole('термины( и определения)?|определения( терминов)?|terms( and definitions)?|definitions|glossary|glossary of terms|terminology|глоссарий|словарь терминов'),
  },
  {
    key: 'abbreviations',
    pattern: whole(
      '(принятые )?сокращения( и обозначения)?|обозначения и сокращения|аббревиатуры|abbreviations( and acronyms)?|acronyms',
    ),
  },
  {
    key: 'responsibility',
    pattern: whole(
      'ответственность( и полномочия)?|полномочия и ответственность|ответственные( лица)?|ответственный( за процесс)?|' +
        'владелец процесса|руководитель процесса|responsibilit(y|ies)|roles and responsibilities|process owner|owner|' +
        'responsible|accountability|with whom|с кем|кто',
    ),
  },
  {
    key: 'inputs',
    pattern: whole('входы?( процесса)?|входные (данные|потоки)|входящие потоки|inputs?|process inputs?|input data'),
  },
  {
    key: 'outputs',
    pattern: whole(
      'выходы?( процесса)?|выходные (данные|потоки)|результаты процесса|outputs?|process outputs?|deliverables',
    ),
  },
  {
    key: 'resources',
    pattern: whole(
      '(необходимые )?ресурсы( процесса)?|ресурсное обеспечение|с помощью чего|(required )?resources|process resources|with what( resources)?',
    ),
  },
  {
    key: 'flowchart',
    pattern: whole(
      'блок-?схема( процесса)?|схема процесса|алгоритм( процесса| выполнения процесса)?|' +
        'последовательность (действий|выполнения( процесса)?|операций|этапов)|ход процесса|этапы( процесса)?|' +
        'шаги процесса|flow ?chart|process (flow|steps|diagram)|workflow|activities|steps',
    ),
  },
  {
    key: 'managementActions',
    pattern: whole(
      '(перечень )?(основных )?(управляющих|регулирующих) воздействий|(основные )?(управляющие|регулирующие) воздействия|' +
        'управление процессом|как( выполняется)?|методы|controls?|process controls?|control (actions|methods)|management actions|methods|how|' +
        'monitoring and control',
    ),
  },
  {
    key: 'improvement',
    pattern: whole(
      'улучшение( процесса)?|постоянное улучшение|улучшения|improvements?|(continual|continuous|process) improvement',
    ),
  },
  {
    key: 'kpis',
    pattern: whole(
      'критерии (результативности|эффективности)( и (результативности|эффективности))?( процесса)?|' +
        '(ключевые )?показатели( (результативности|эффективности))?( процесса)?|' +
        'kpis?|key performance indicators?|(process )?performance indicators?|effectiveness criteria|metrics|how many|how much|' +
        'what results|сколько|с какими результатами',
    ),
  },
  { key: 'distribution', pattern: whole('рассылка|(лист|список) рассылки|distribution( list)?|circulation( list)?') },
  { key: 'description', pattern: whole('описание процесса|process description|описание') },
];

export function matchSynonym(normalized: string): { key: HeadingKey; part?: HeadingPart } | null {
  if (normalized === '' || normalized.length > 120) return null;
  for (const synonym of HEADING_SYNONYMS) {
    if (synonym.pattern.test(normalized)) {
      return synonym.part === undefined ? { key: synonym.key } : { key: synonym.key, part: synonym.part };
    }
  }
  return null;
}
