import { z } from 'zod';
import { CardLocation, CardStatus, FlowStepKind, ProcessCard, SectionKey } from '../core/card/process-card';
import { ERROR_CODES } from '../core/errors';
import { KpiBoardViewSchema } from './kpi-outputs';
import { CardActionsViewSchema } from './action-outputs';

/**
 * What each resolver answers, as schemas: resolver tests parse every answer with them, so the
 * UI's types (inferred from the core's result types) and the wire never drift apart.
 */
const Point = z.object({ x: z.number(), y: z.number() });

export const FlowchartLayoutSchema = z.object({
  width: z.number(),
  height: z.number(),
  lanes: z.array(z.object({ role: z.string(), x: z.number(), width: z.number() })),
  nodes: z.array(
    z.object({
      id: z.string(),
      kind: FlowStepKind,
      label: z.string(),
      lines: z.array(z.string()),
      role: z.string(),
      x: z.number(),
      y: z.number(),
      width: z.number(),
      height: z.number(),
    }),
  ),
  edges: z.array(
    z.object({ from: z.string(), to: z.string(), label: z.string(), points: z.array(Point), labelAt: Point.optional() }),
  ),
});

export const CardViewSchema = z
  .object({ card: ProcessCard, flowchart: FlowchartLayoutSchema.nullable(), kpis: KpiBoardViewSchema.nullable(), actions: CardActionsViewSchema.nullable() })
  .strict();

export const MacroCardResultSchema = z
  .object({ binding: z.enum(['config', 'local-id', 'none']), view: CardViewSchema.nullable() })
  .strict();

export const ImportWarningSchema = z
  .object({
    code: z.enum(['missing-section', 'unplaced-text', 'unreadable-row', 'flowchart-unparsed', 'placeholder', 'text-cut']),
    message: z.string(),
    cardIndex: z.number().int().min(0).optional(),
    section: SectionKey.optional(),
    heading: z.string().optional(),
    text: z.string().optional(),
    field: z.string().optional(),
    cutLength: z.number().int().min(0).optional(),
  })
  .strict();

export const ImportCardResultSchema = z
  .object({
    view: CardViewSchema,
    cardIds: z.array(z.string()).min(1),
    warnings: z.array(ImportWarningSchema).max(200),
    warningsOmitted: z.number().int().min(0),
  })
  .strict();

export const ListedCardSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    version: z.number().int(),
    status: CardStatus,
    ownerRole: z.string(),
    location: CardLocation.nullable(),
    updatedAt: z.string().nullable(),
    page: z.object({ title: z.string(), spaceId: z.string() }).nullable(),
  })
  .strict();

export const ListCardsResultSchema = z.object({ items: z.array(ListedCardSchema), cursor: z.string().nullable() }).strict();

export const ResolverErrorSchema = z
  .object({
    code: z.enum(ERROR_CODES),
    reason: z.string().optional(),
    message: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .strict();

/** The one result shape every resolver answers with. */
export const resolverResultSchema = <T extends z.ZodType>(data: T) =>
  z.union([z.object({ ok: z.literal(true), data }).strict(), z.object({ ok: z.literal(false), error: ResolverErrorSchema }).strict()]);

const Assignees = z.object({
  people: z.array(z.object({ accountId: z.string(), name: z.string() })),
  groups: z.array(z.object({ groupId: z.string(), name: z.string() })),
});

export const CardSettingsViewSchema = z
  .object({
    cardId: z.string(),
    version: z.number().int().min(0),
    roles: z.array(z.object({ id: z.string(), name: z.string(), isOwner: z.boolean(), assignees: Assignees }).strict()),
    canEdit: z.boolean(),
    updatedAt: z.string().nullable(),
    updatedBy: z.string().nullable(),
  })
  .strict();

export const DirectorySearchResultSchema = z
  .object({
    people: z.array(z.object({ accountId: z.string(), name: z.string() }).strict()).max(10),
    groups: z.array(z.object({ groupId: z.string(), name: z.string() }).strict()).max(10),
  })
  .strict();
