import type { Actor } from '../../actor';
import { auditEntry } from '../../audit/audit-entry';
import { breachIdOf } from '../../capa/breach-id';
import { ACTION_PROPERTY_KEY, newCorrectiveAction } from '../../capa/ca-record';
import { toIssueProperty } from '../../capa/action-property';
import { cardJiraProject, type JiraSite } from '../../capa/jira-site';
import { countRaised, isCounted, withUnlinked } from '../../capa/linked-action-counts';
import { isAppError } from '../../errors';
import type { KpiCardSummary } from '../../kpi/kpi-types';
import { kpiFromDigest } from '../../kpi/kpi-digest';
import type { BreachClaim, BreachClaims, PendingBreachClaim } from '../../ports/breach-claims';
import type { CardStore } from '../../ports/card-store';
import type { Clock } from '../../ports/clock';
import type { CreatedIssue, JiraIssues, NewIssue } from '../../ports/jira-issues';
import type { Logger } from '../../ports/logger';
import type { MeasurementStore } from '../../ports/measurement-store';
import type { CardSettings } from '../../settings/card-settings';
import type { SiteSettings } from '../../settings/site-settings';
import { kpiJudgement } from '../kpi/kpi-rules-of';
import { actionDescription } from './action-description';
import { autoRaiseWords } from './auto-raise-words';
import { kpiSnapshot } from './kpi-snapshot';
import { DEFAULT_PERIODS_ON_TARGET, NOTHING_MADE } from './raise-action';
import { updateLinkedActions } from './update-linked-actions';

export interface AutoRaiseDeps {
  /** Read only for a breach about to be raised: the card's title, language, owner and page. */
  cards: CardStore;
  breachClaims: BreachClaims;
  /** As the app: no user is behind the daily run. */
  jiraIssuesAsApp: JiraIssues;
  measurements: MeasurementStore;
  clock: Clock;
  newAuditSuffix: () => string;
  logger: Logger;
}

export interface AutoRaiseCard {
  summary: KpiCardSummary;
  settings: CardSettings | null;
}

export interface AutoRaiseOutcome {
  raised: number;
  /** Found in Jira by its breach id after an attempt that ended in doubt. */
  resumed: number;
  failed: number;
  /** Left for the next run: past this batch's bound of raises. */
  deferred: number;
}

/**
 * A claim left `claimed` longer than this has surely stopped (a consumer lives at most 900 s):
 * the run then searches Jira for the breach before it creates anything.
 */
export const STALE_BREACH_CLAIM_MS = 30 * 60 * 1000;
/** Raises per batch of 25 cards: each is a Jira call or two, and the consumer has 120 s. */
export const MAX_RAISES_PER_BATCH = 10;
// A long breach's claim is written again well before the store's one-year limit would drop it.
const KEEP_CLAIM_AFTER_MS = 180 * 24 * 60 * 60 * 1000;
const SYSTEM: Actor = { kind: 'system', source: 'consumer' };

interface Breach {
  cardId: string;
  kpiId: string;
  breachId: string;
  card: AutoRaiseCard;
  projectId: string;
  issueTypeId: string;
}

/**
 * The daily run's automatic corrective actions (a card's `jira.autoRaise`, off by default): for
 * each KPI whose escalation rules call for one, on a card whose Jira project is ready, a
 * corrective action raised as the app, once per breach (breach-id.ts). The breach is claimed
 * before Jira is asked and the claim settled with the issue; a claim left pending is resumed only
 * after searching Jira for the breach id the issue's record carries, since issue create has no
 * idempotency key. Costs nothing (no storage read, no Jira call) for cards with it off or
 * without a breach.
 */
export function createAutoRaise(deps: AutoRaiseDeps) {
  return async (cards: readonly AutoRaiseCard[], jiraSite: JiraSite | null, site: SiteSettings | null, runAt: Date): Promise<AutoRaiseOutcome> => {
    const outcome: AutoRaiseOutcome = { raised: 0, resumed: 0, failed: 0, deferred: 0 };
    const breaches = breachesOf(cards, jiraSite);
    if (breaches.length === 0) return outcome;
    const claims = await deps.breachClaims.getMany(breaches.map((breach) => breach.breachId));
    let attempts = 0;
    for (const breach of breaches) {
      const known = claims.get(breach.breachId);
      if (known?.state === 'raised') {
        await keepClaim(deps, known);
        continue;
      }
      if (attempts >= MAX_RAISES_PER_BATCH) {
        outcome.deferred += 1;
        continue;
      }
      const now = deps.clock.now();
      const claim: PendingBreachClaim = { state: 'claimed', breachId: breach.breachId, cardId: breach.cardId, kpiId: breach.kpiId, claimedAt: now.toISOString() };
      if (known === undefined) {
        // Another consumer claimed it since the read: theirs to raise.
        if ((await deps.breachClaims.claim(claim)) !== null) continue;
      } else {
        if (now.getTime() - Date.parse(known.claimedAt) < STALE_BREACH_CLAIM_MS) continue;
        if (!(await deps.breachClaims.reclaim(known, claim))) continue;
      }
      attempts += 1;
      const result = await raiseBreach(deps, breach, claim, known !== undefined, site, runAt);
      outcome[result] += 1;
    }
    if (outcome.deferred > 0) deps.logger.error('The daily run left corrective actions for the next run', { deferred: outcome.deferred, limit: MAX_RAISES_PER_BATCH });
    return outcome;
  };
}

/** The KPIs calling for a corrective action on cards that raise them automatically into a ready project. */
function breachesOf(cards: readonly AutoRaiseCard[], jiraSite: JiraSite | null): Breach[] {
  const issueTypeId = jiraSite?.issueTypes['corrective-action'] ?? null;
  if (issueTypeId === null) return [];
  const breaches: Breach[] = [];
  for (const card of cards) {
    if (card.settings?.jira.autoRaise !== true) continue;
    const target = cardJiraProject(jiraSite, card.settings);
    if (target.state !== 'ready') continue;
    const { cardId } = card.summary;
    for (const entry of Object.values(card.summary.kpis)) {
      const breachId = breachIdOf(cardId, entry);
      if (breachId !== null) breaches.push({ cardId, kpiId: entry.kpiId, breachId, card, projectId: target.project.id, issueTypeId });
    }
  }
  return breaches;
}

async function raiseBreach(deps: AutoRaiseDeps, breach: Breach, claim: PendingBreachClaim, resuming: boolean, site: SiteSettings | null, runAt: Date): Promise<'raised' | 'resumed' | 'failed'> {
  const context = { cardId: breach.cardId, kpiId: breach.kpiId, breachId: breach.breachId };
  let creating = false;
  try {
    if (resuming) {
      const found = await deps.jiraIssuesAsApp.findByBreach(breach.breachId);
      if (found !== null) {
        await recordRaised(deps, breach, claim, found, { resumed: true });
        return 'resumed';
      }
    }
    const issue = await newIssueOf(deps, breach, site, runAt);
    if (issue === null) {
      await deps.breachClaims.release(breach.breachId);
      return 'failed';
    }
    creating = true;
    const made = await createWithReporter(deps.jiraIssuesAsApp, issue.issue);
    creating = false;
    await recordRaised(deps, breach, claim, made, { reporter: made.reporter ?? '' }, issue.pageId);
    return 'raised';
  } catch (error) {
    if (!isAppError(error)) throw error;
    // Jira refused the create, so made nothing: the next run tries again. After a failed search, or
    // an answer in doubt, the claim stays; once stale, the run after searches before it creates.
    const released = creating && NOTHING_MADE.has(error.code);
    if (released) await deps.breachClaims.release(breach.breachId);
    deps.logger.error('The daily run could not raise a corrective action in Jira', { ...context, code: error.code, reason: error.reason ?? '', released });
    return 'failed';
  }
}

/** The issue to create, or null when the card or its KPI is gone, or the card is on no page. */
async function newIssueOf(deps: AutoRaiseDeps, breach: Breach, site: SiteSettings | null, runAt: Date): Promise<{ issue: NewIssue; pageId: string } | null> {
  const card = await deps.cards.get(breach.cardId);
  const kpi = card?.content.kpis.find((candidate) => candidate.id === breach.kpiId);
  const entry = breach.card.summary.kpis[breach.kpiId];
  const pageId = card?.location?.pageId ?? '';
  if (card === null || kpi === undefined || entry === undefined || pageId === '') {
    deps.logger.error('The daily run found no card, KPI or page for a breach', { cardId: breach.cardId, kpiId: breach.kpiId });
    return null;
  }
  const now = deps.clock.now();
  // Judged as the summary was, from its digest: the card's KPI may have been edited since.
  const snapshot = kpiSnapshot({ ...kpiFromDigest(kpi.id, entry.def), name: kpi.name }, entry, kpiJudgement(breach.card.settings, site, runAt), now);
  const words = autoRaiseWords(card.content.language, snapshot);
  const record = newCorrectiveAction({
    source: 'kpi-breach',
    link: { cardId: card.id, kpiId: kpi.id, pageId },
    snapshot,
    breachId: breach.breachId,
    problem: words.problem,
    periodsOnTarget: DEFAULT_PERIODS_ON_TARGET,
  });
  const ownerRoleId = card.content.responsibility.ownerRoleId;
  const reporter = ownerRoleId === undefined ? undefined : breach.card.settings?.roleMapping[ownerRoleId]?.people[0]?.accountId;
  return {
    pageId,
    issue: {
      projectId: breach.projectId,
      issueTypeId: breach.issueTypeId,
      summary: words.summary,
      // No page link: the daily run does not know the site's address; the page's next render links the issue (summary.linkedActions.unlinked).
      description: actionDescription({ language: card.content.language, kind: 'corrective-action', cardTitle: card.content.title, pageUrl: null, snapshot, text: words.problem }),
      properties: [{ key: ACTION_PROPERTY_KEY, value: toIssueProperty(record) }],
      ...(reporter === undefined ? {} : { reporterAccountId: reporter }),
    },
  };
}

/** The process owner as the reporter where Jira takes them; else the issue is made without (reported by the app). */
async function createWithReporter(jira: JiraIssues, issue: NewIssue): Promise<CreatedIssue & { reporter?: string }> {
  if (issue.reporterAccountId === undefined) return jira.createIssue(issue);
  try {
    return { ...(await jira.createIssue(issue)), reporter: issue.reporterAccountId };
  } catch (error) {
    if (!isAppError(error) || error.reason !== 'jira-reporter') throw error;
    const { reporterAccountId: _refused, ...withoutReporter } = issue;
    return jira.createIssue(withoutReporter);
  }
}

/**
 * Counts the issue in the card's summary, with its audit entry in the same write, then settles
 * the claim. A run that stopped in between finds the issue again by its breach id; the summary
 * having counted it (a hand raise's retry may have too) means this step was done and is not done twice.
 */
async function recordRaised(deps: AutoRaiseDeps, breach: Breach, claim: PendingBreachClaim, issue: CreatedIssue, extra: Record<string, string | boolean>, knownPageId?: string): Promise<void> {
  const entry = breach.card.summary.kpis[breach.kpiId];
  const at = deps.clock.now().toISOString();
  const pageId = knownPageId ?? (await deps.cards.get(breach.cardId))?.location?.pageId ?? '';
  const audit = auditEntry(
    {
      cardId: breach.cardId,
      at,
      actor: SYSTEM,
      action: 'action.auto-raised',
      summary: `Raised ${issue.key} (corrective-action) automatically: the escalation rules of the KPI "${entry?.def.name ?? breach.kpiId}" call for a corrective action`,
      data: { issueKey: issue.key, issueId: issue.id, kind: 'corrective-action', kpiId: breach.kpiId, projectId: breach.projectId, breachId: breach.breachId, ...extra },
    },
    deps.newAuditSuffix(),
  );
  await updateLinkedActions(
    deps,
    breach.cardId,
    (digest) => {
      // Counted before (a summary from before `counted` tells it by the issue still listed unlinked).
      if (isCounted(digest, issue.id) || digest.unlinked.some((known) => known.issueId === issue.id)) return null;
      const counted = countRaised(digest, breach.kpiId, issue.id);
      return pageId === '' ? counted : withUnlinked(counted, { issueId: issue.id, issueKey: issue.key, pageId, kpiId: breach.kpiId });
    },
    undefined,
    [audit],
  );
  await deps.breachClaims.settle({ ...claim, state: 'raised', issue: { id: issue.id, key: issue.key }, raisedAt: at, keptAt: at });
}

async function keepClaim(deps: AutoRaiseDeps, claim: Extract<BreachClaim, { state: 'raised' }>): Promise<void> {
  const now = deps.clock.now();
  if (now.getTime() - Date.parse(claim.keptAt) >= KEEP_CLAIM_AFTER_MS) await deps.breachClaims.settle({ ...claim, keptAt: now.toISOString() });
}
