import type { MacroCardResult } from '../results/macro-results';
import type { KpiRecordsReader, KpiRecords } from '../ports/kpi-records';
import type { PeopleDirectory } from '../ports/people-directory';
import type { Clock } from '../ports/clock';
import type { MacroBindingStore } from '../ports/macro-bindings';
import type { PagePermissions } from '../ports/page-permissions';
import type { Logger } from '../ports/logger';
import type { MacroContext } from './macro-context';
import { CardId, type ProcessCard } from '../card/process-card';
import { buildCardView } from './build-card-view';
import { auditEntry } from '../audit/audit-entry';
import { accountIdOf } from '../actor';
import { AppError } from '../errors';
import { kpiJudgement } from './kpi/kpi-rules-of';
import { kpiBoard } from './kpi/kpi-board';
import { kpisOf } from './kpi/kpis-of';
import { seedKpiSummaries } from './kpi/seed-kpi-summaries';
import type { MeasurementStore } from '../ports/measurement-store';
import type { ReaderJiraAccessStore } from '../ports/reader-jira-access-store';
import type { JiraIssues } from '../ports/jira-issues';
import type { KpiBoardView } from '../results/kpi-results';
import type { CardActionsView } from '../results/action-results';
import { cardActionsView } from './jira/card-actions-view';
import { sharedLookups } from './shared-lookups';

export interface GetCardForMacroDeps {
  records: KpiRecordsReader;
  /** Absent for read-only paths (the export): a card without a summary then just shows none. */
  measurements?: MeasurementStore;
  directory: PeopleDirectory;
  clock: Clock;
  bindings: MacroBindingStore;
  permissions: PagePermissions;
  /** As the reader: the KPIs' linked actions (not on read-only paths, see `options.actions`). */
  jiraIssues: JiraIssues;
  /** Absent on read-only paths: readers Jira refused, remembered so their renders skip the search. */
  readerJira?: ReaderJiraAccessStore;
  logger: Logger;
  now: () => string;
  newAuditSuffix: () => string;
}

/**
 * Finds the card a macro shows: the one chosen in its config, else the one bound to this macro on
 * this page. Confluence has already let the reader see this page; a card whose home is another
 * page (chosen in the config, or a macro whose localId came along with a page copy) is shown only
 * to those who may see that page — on every path, the macro's and the export's alike.
 */
export function createGetCardForMacro(deps: GetCardForMacroDeps, options: { observeConfig: boolean; actions: boolean } = { observeConfig: true, actions: true }) {
  const { records, bindings } = deps;
  return async (context: MacroContext): Promise<MacroCardResult> => {
    const scoped = sharedLookups(deps);
    const macro = { pageId: context.location.pageId, localId: context.localId };
    const state = await bindings.get(macro);
    if (context.configCardId !== undefined) {
      // A malformed id in a saved config names no card; it never reaches storage.
      const found = CardId.safeParse(context.configCardId).success ? await records.read(context.configCardId, readerOf(context)) : null;
      const card = found?.card ?? null;
      if (found === null || card === null) {
        throw new AppError(
          'NOT_FOUND',
          `The card chosen for this macro (${context.configCardId}) no longer exists. Choose another card in the macro settings.`,
          [],
          { reason: 'config-card' },
        );
      }
      await requireViewOfHome(card);
      // Exports only read: the macro's own render records what it saw.
      const observes = options.observeConfig && state.observedConfigCardId !== context.configCardId;
      if (observes) await observeConfig(context, state.observedConfigCardId, card);
      return { binding: 'config', view: await cardView(scoped, context, card, found, !observes) };
    }
    const { binding } = state;
    if (binding === null) return { binding: 'none', view: null };
    const found = await records.read(binding.cardId, readerOf(context));
    const { card } = found;
    if (card === null) return { binding: 'none', view: null };
    await requireViewOfHome(card);
    const migrates = binding.legacy === true && card.location?.pageId === macro.pageId;
    if (migrates) await migrateLegacyBinding(binding, card);
    return { binding: 'local-id', view: await cardView(scoped, context, card, found, !migrates) };

    async function requireViewOfHome(card: ProcessCard): Promise<void> {
      const home = card.location?.pageId;
      if (home === undefined || home === '' || home === context.location.pageId) return;
      if (!(await scoped.permissions.canViewPage(context.actor, home))) {
        throw new AppError('FORBIDDEN', 'This macro shows a card from a page you cannot see. Ask its owner for access.', [], { reason: 'view' });
      }
    }
  };

  /** The reader whose Jira state joins the batch: only where the render may ask Jira for them. */
  function readerOf(context: MacroContext): string | undefined {
    return options.actions ? accountIdOf(context.actor) : undefined;
  }

  /** `mayWrite`: nothing else was written on this render, so the counts may be (≤ 3 storage requests in all). */
  async function cardView(scoped: GetCardForMacroDeps, context: MacroContext, card: ProcessCard, found: KpiRecords, mayWrite: boolean) {
    const [kpis, actions] = await Promise.all([board(scoped, context, card, found), linkedActions(scoped, context, card, found, mayWrite)]);
    return buildCardView(card, kpis, actions);
  }

  /** Exports stay Jira-free (a document goes to people outside Jira), and a card without KPIs has nothing to link. */
  async function linkedActions(scoped: GetCardForMacroDeps, context: MacroContext, card: ProcessCard, found: KpiRecords, mayWrite: boolean): Promise<CardActionsView | null> {
    if (!options.actions || card.content.kpis.length === 0) return null;
    return cardActionsView(scoped, context, card, found, { keepCounts: mayWrite });
  }

  /** Statuses and trends from the summary read with the card; the reader's own KPIs are marked. */
  async function board(scoped: GetCardForMacroDeps, context: MacroContext, card: ProcessCard, found: KpiRecords): Promise<KpiBoardView> {
    const judgement = kpiJudgement(found.settings, found.site, deps.clock.now());
    // Which KPIs are the reader's only decides a highlight: a failed group lookup must not cost the card.
    const mine = await kpisOf(scoped.directory, context.actor, found.settings, card).catch((error: unknown) => {
      deps.logger.error('Could not tell which KPIs are the reader’s', { error: error instanceof Error ? error.message : String(error) });
      return new Set<string>();
    });
    if (found.summary === null && card.content.kpis.length > 0 && deps.measurements !== undefined) {
      // A card from before KPI summaries: give it one, once, so the daily run sees it too.
      await seedKpiSummaries({ measurements: deps.measurements, logger: deps.logger, clock: deps.clock }, [card]);
    }
    return kpiBoard(card, found.summary, judgement, mine);
  }

  /** Confluence saves a macro's config without calling the app: the change is recorded when first seen. */
  async function observeConfig(context: MacroContext, previous: string | null, card: ProcessCard): Promise<void> {
    const at = deps.now();
    const entry = auditEntry(
      {
        cardId: card.id,
        at,
        actor: { kind: 'system', source: 'observer' },
        action: 'macro.config-observed',
        summary: `A macro on page ${context.location.pageId} was set to show this card`,
        data: { pageId: context.location.pageId, localId: context.localId, previousCardId: previous, observedBy: accountIdOf(context.actor) ?? null },
      },
      deps.newAuditSuffix(),
    );
    try {
      await bindings.observeConfig({ pageId: context.location.pageId, localId: context.localId }, card.id, entry);
    } catch (error) {
      // Showing the card matters more than recording the observation; the next render tries again.
      deps.logger.error('Could not record a macro config change', { error: error instanceof Error ? error.message : String(error) });
    }
  }

  async function migrateLegacyBinding(binding: NonNullable<Awaited<ReturnType<MacroBindingStore['get']>>['binding']>, card: ProcessCard) {
    const at = deps.now();
    try {
      await bindings.commit(
        { ...binding, boundAt: at, boundBy: 'system:migration' },
        auditEntry(
          {
            cardId: card.id,
            at,
            actor: { kind: 'system', source: 'migration' },
            action: 'macro.binding-migrated',
            summary: `The macro binding on page ${binding.pageId} was moved to its page-scoped key`,
            data: { pageId: binding.pageId, localId: binding.localId },
          },
          deps.newAuditSuffix(),
        ),
      );
    } catch (error) {
      deps.logger.error('Could not migrate a legacy macro binding', { error: error instanceof Error ? error.message : String(error) });
    }
  }
}
