import { z } from 'zod';

/**
 * The ISO 9001 process card («карта процесса») as stored and exchanged.
 * Every text field keeps what the author wrote; parsed values (numbers, codes)
 * sit beside the text so nothing the author wrote is ever rewritten.
 * Empty strings and empty lists mean "not filled in": the UI shows them as such.
 */

/**
 * Version of the stored card. Every model change bumps it, adds a migration to
 * `stored-card.ts` (readStoredCard) and a v(n−1)→v(n) read test: stored records are never rewritten
 * in bulk, they are migrated when read.
 */
export const CARD_SCHEMA_VERSION = 2 as const;

/** Stable ids of cards and list items: safe inside Forge KVS keys and DOM ids. */
export const ItemId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'ids use letters, digits, "-" and "_" only');

export const CardId = ItemId;

const text = z.string().max(20_000);
const shortText = z.string().max(2_000);

export const CardLanguage = z.enum(['ru', 'en']);

export const CardStatus = z.enum(['draft', 'approved']);

export const SectionKey = z.enum([
  'approval',
  'purpose',
  'scope',
  'terms',
  'abbreviations',
  'responsibility',
  'inputs',
  'outputs',
  'resources',
  'flowchart',
  'managementActions',
  'improvement',
  'kpis',
  'distribution',
]);
export type SectionKey = z.infer<typeof SectionKey>;

/**
 * A role as the card names it («Руководитель отдела маркетинга», a KPI's «Ответственный», the
 * approver, a distribution recipient). Owner, KPI owners, steps and distribution entries refer to
 * roles by id, so the people mapped to a role (in the card's settings) survive renaming it.
 */
export const Role = z.object({ id: ItemId, name: shortText });

/** A reference to one of the card's roles; absent when the text names no role. */
const RoleRef = ItemId.optional();

export const Approval = z.object({
  /** The marker as written, e.g. «Утверждаю» or "Approved by"; empty when absent. */
  marker: shortText,
  approverName: shortText,
  approverPosition: shortText,
  approverRoleId: RoleRef,
  /** Date as written, e.g. «12» марта 2025 г. */
  date: shortText,
  /** The same date as YYYY-MM-DD when it could be read. */
  dateIso: z.iso.date().optional(),
});

export const DocumentInfo = z.object({
  /** Document code, e.g. КП-СМК-07. */
  code: shortText,
  /** Revision as written, e.g. «Версия 3», "Revision 2". */
  revision: shortText,
});

export const Purpose = z.object({
  card: text,
  process: text,
});

export const Term = z.object({ id: ItemId, term: shortText, definition: text });
export const Abbreviation = z.object({ id: ItemId, abbreviation: shortText, meaning: text });

export const Responsibility = z.object({
  /** The process owner's role, e.g. «Руководитель отдела маркетинга». */
  ownerRole: shortText,
  ownerRoleId: RoleRef,
  text: text,
});

export const ProcessInput = z.object({
  id: ItemId,
  name: shortText,
  requirements: text,
  supplier: shortText,
});

export const ProcessOutput = z.object({
  id: ItemId,
  name: shortText,
  requirements: text,
  consumer: shortText,
});

export const TextItem = z.object({ id: ItemId, text: text });

export const FlowStepKind = z.enum(['start', 'step', 'decision', 'end']);

export const FlowLink = z.object({
  to: ItemId,
  /** Branch label, e.g. «да» / "no"; empty for a plain sequence. */
  label: shortText,
});

export const FlowStep = z.object({
  id: ItemId,
  label: shortText,
  kind: FlowStepKind,
  /** Responsible role as written; steps are drawn in lanes by role. */
  role: shortText,
  roleId: RoleRef,
  next: z.array(FlowLink).max(20),
});

export const Flowchart = z.object({
  steps: z.array(FlowStep).max(200),
  /** The diagram as written (Mermaid, ASCII art, a list) when it could not be turned into steps. */
  source: text,
});

export const KpiDirection = z.enum(['higher', 'lower']);

export const Comparator = z.enum(['>=', '<=', '>', '<', '=', 'range']);

/** A target or threshold read from its text: «≥ 95%» → { comparator: '>=', value: 95, unit: '%' }. */
export const ParsedBound = z.object({
  comparator: Comparator,
  value: z.number().finite(),
  /** Upper end, for ranges like «95–102 %». */
  max: z.number().finite().optional(),
  unit: z.string().max(50),
});

export const FrequencyCode = z.enum([
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'half-yearly',
  'yearly',
  'per-event',
]);

export const Kpi = z.object({
  id: ItemId,
  name: shortText,
  formula: text,
  unit: z.string().max(50),
  /** Which way is better; null when the card does not say and the target does not tell. */
  direction: KpiDirection.nullable(),
  /** Target as written, e.g. «≥ 95%». */
  target: shortText,
  targetParsed: ParsedBound.optional(),
  warningThreshold: shortText,
  warningParsed: ParsedBound.optional(),
  /** Frequency as written, e.g. «ежеквартально». */
  frequency: shortText,
  frequencyCode: FrequencyCode.optional(),
  owner: shortText,
  ownerRoleId: RoleRef,
  dataSource: shortText,
});

export const DistributionEntry = z.object({
  id: ItemId,
  /** Role or person receiving a copy. */
  recipient: shortText,
  roleId: RoleRef,
  /** Copy number as written; empty when the list does not number copies. */
  copyNumber: z.string().max(50),
});

export const MAX_IMPORT_CUTS = 20;

/** Where the card is shown: the Confluence page (and space) that holds its macro. */
export const CardLocation = z.object({
  spaceId: z.string().max(100),
  pageId: z.string().max(100),
});

/**
 * What the import of the card's source document could not find, kept with the card so every
 * reader sees why a section is empty: «named in the contents but missing from the text».
 */
export const ImportReport = z.object({
  importedAt: z.iso.datetime(),
  missingSections: z
    .array(z.object({ section: SectionKey, heading: shortText }))
    .max(SectionKey.options.length),
  /** Every other warning the import raised (unplaced text, placeholders…), counted. */
  otherWarnings: z.number().int().min(0),
  /**
   * Text the importer had to cut to fit the card's limits, kept so it is not lost once the
   * one-time notes are dismissed. Each piece is bounded; `cutLength` is what was cut in full.
   */
  cuts: z
    .array(
      z.object({
        section: SectionKey.optional(),
        field: z.string().max(200),
        text: text,
        cutLength: z.number().int().min(0),
      }),
    )
    .max(MAX_IMPORT_CUTS),
  /** Cuts beyond MAX_IMPORT_CUTS, counted only. */
  cutsOmitted: z.number().int().min(0),
});

const ownList = <T extends z.ZodType<{ id: string }>>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((entry, index) => {
        if (seen.has(entry.id)) {
          ctx.addIssue({ code: 'custom', message: `duplicate id "${entry.id}"`, path: [index, 'id'] });
        }
        seen.add(entry.id);
      });
    });

/** What an owner edits: the card without its record bookkeeping. */
export const CardContent = z.object({
  language: CardLanguage,
  title: shortText,
  roles: ownList(Role, 200),
  document: DocumentInfo,
  approval: Approval,
  purpose: Purpose,
  scope: text,
  terms: ownList(Term, 500),
  abbreviations: ownList(Abbreviation, 500),
  responsibility: Responsibility,
  inputs: ownList(ProcessInput, 200),
  outputs: ownList(ProcessOutput, 200),
  resources: ownList(TextItem, 200),
  flowchart: Flowchart,
  managementActions: ownList(TextItem, 200),
  improvement: text,
  kpis: ownList(Kpi, 100),
  distribution: ownList(DistributionEntry, 200),
  /** Free text that belongs to a section but could not be split into its items. */
  sectionNotes: z.partialRecord(SectionKey, text),
});

export const CardContentChecked = CardContent.superRefine((content, ctx) => {
  const roleIds = new Set(content.roles.map((role) => role.id));
  for (const { path, id } of roleReferences(content)) {
    if (!roleIds.has(id)) ctx.addIssue({ code: 'custom', message: `unknown role "${id}"`, path });
  }
  const ids = new Set(content.flowchart.steps.map((step) => step.id));
  if (ids.size !== content.flowchart.steps.length) {
    ctx.addIssue({ code: 'custom', message: 'flowchart step ids must be unique', path: ['flowchart', 'steps'] });
  }
  content.flowchart.steps.forEach((step, index) => {
    step.next.forEach((link, linkIndex) => {
      if (!ids.has(link.to)) {
        ctx.addIssue({
          code: 'custom',
          message: `step "${step.id}" leads to unknown step "${link.to}"`,
          path: ['flowchart', 'steps', index, 'next', linkIndex, 'to'],
        });
      }
    });
  });
});

/** Every place the content refers to a role, with its path (for validation and for renaming). */
export function roleReferences(content: CardContent): Array<{ path: (string | number)[]; id: string }> {
  const refs: Array<{ path: (string | number)[]; id: string | undefined }> = [
    { path: ['responsibility', 'ownerRoleId'], id: content.responsibility.ownerRoleId },
    { path: ['approval', 'approverRoleId'], id: content.approval.approverRoleId },
    ...content.kpis.map((kpi, index) => ({ path: ['kpis', index, 'ownerRoleId'], id: kpi.ownerRoleId })),
    ...content.flowchart.steps.map((step, index) => ({ path: ['flowchart', 'steps', index, 'roleId'], id: step.roleId })),
    ...content.distribution.map((entry, index) => ({ path: ['distribution', index, 'roleId'], id: entry.roleId })),
  ];
  return refs.flatMap((ref) => (ref.id === undefined ? [] : [{ path: ref.path, id: ref.id }]));
}

export const ProcessCard = z.object({
  schemaVersion: z.literal(CARD_SCHEMA_VERSION),
  id: CardId,
  /** Optimistic-concurrency version: 0 before the first save, then +1 on every save. */
  version: z.number().int().min(0),
  status: CardStatus,
  location: CardLocation.nullable(),
  content: CardContentChecked,
  /** Set when the card came from a document; null for cards started in the app. */
  importReport: ImportReport.nullable(),
  createdAt: z.iso.datetime().nullable(),
  createdBy: z.string().max(128).nullable(),
  updatedAt: z.iso.datetime().nullable(),
  updatedBy: z.string().max(128).nullable(),
});

export type ProcessCard = z.infer<typeof ProcessCard>;
export type CardContent = z.infer<typeof CardContent>;
export type CardLocation = z.infer<typeof CardLocation>;
export type ImportReport = z.infer<typeof ImportReport>;
export type Approval = z.infer<typeof Approval>;
export type Role = z.infer<typeof Role>;
export type Term = z.infer<typeof Term>;
export type Abbreviation = z.infer<typeof Abbreviation>;
export type ProcessInput = z.infer<typeof ProcessInput>;
export type ProcessOutput = z.infer<typeof ProcessOutput>;
export type TextItem = z.infer<typeof TextItem>;
export type FlowStep = z.infer<typeof FlowStep>;
export type FlowStepKind = z.infer<typeof FlowStepKind>;
export type Flowchart = z.infer<typeof Flowchart>;
export type Kpi = z.infer<typeof Kpi>;
export type ParsedBound = z.infer<typeof ParsedBound>;
export type FrequencyCode = z.infer<typeof FrequencyCode>;
export type DistributionEntry = z.infer<typeof DistributionEntry>;
export type CardLanguage = z.infer<typeof CardLanguage>;
