import type { Actor } from '../../actor';
import { auditEntry, type AuditEntry } from '../../audit/audit-entry';
import { ACTION_PROPERTY_KEY, newCorrectiveAction, newImprovement, type ActionRecord } from '../../capa/ca-record';
import { toIssueProperty } from '../../capa/action-property';
import { cardJiraProject, type ActionKind, type JiraSite } from '../../capa/jira-site';
import type { CardSettings } from '../../settings/card-settings';
import { AppError, isAppError } from '../../errors';
import type { CreatedIssue } from '../../ports/jira-issues';
import type { RaiseClaim } from '../../ports/raise-claims';
import type { BreachClaim, PendingBreachClaim } from '../../ports/breach-claims';
import type { RaiseActionResult } from '../../results/action-results';
import type { MacroContext } from '../macro-context';
import { cardAccess } from '../kpi/kpi-access';
import { kpiJudgement, requireCard, requireKpi } from '../kpi/kpi-rules-of';
import { actionDescription } from './action-description';
import { homePageOf, homePageUrl, issueUrl, type ActionDeps } from './action-deps';
import { kpiSnapshot } from './kpi-snapshot';
import { linkToPage, pageLinkOf } from './page-link';
import { updateLinkedActions } from './update-linked-actions';
import { countRaised, isCounted, withUnlinked } from '../../capa/linked-action-counts';
import type { KpiCardSummary, LinkedActionsDigest } from '../../kpi/kpi-types';
import { refreshJiraSite } from './jira-site-copy';
import { breachIdOf } from '../../capa/breach-id';

type Unlinked = LinkedActionsDigest['unlinked'][number];

export interface RaiseActionInput {
  cardId: string;
  kpiId: string;
  kind: 'corrective-action' | 'improvement';
  summary: string;
  /** What went wrong (a corrective action), or what is proposed (an improvement). */
  problem: string;
  /** The form's id for this raise: a retry sends it again. */
  requestId: string;
}

/** Periods on target that prove a corrective action effective, until the card's settings hold their own. */
export const DEFAULT_PERIODS_ON_TARGET = 2;
// Refusals that say Jira made nothing; after any other failure the issue may exist, so the claim stays.
export const NOTHING_MADE: ReadonlySet<string> = new Set(['FORBIDDEN', 'NOT_FOUND', 'VALIDATION', 'CONFLICT', 'RATE_LIMITED', 'TOO_LARGE']);
/**
 * A pending claim older than this is taken to have stopped (a resolver lives 25 s): a retry then
 * searches Jira for the request id and creates only when Jira has no issue carrying it.
 */
export const RESUME_PENDING_AFTER_MS = 2 * 60 * 1000;

/**
 * Raising a corrective action or an improvement from a KPI, in Jira as the user: the people who
 * may enter the KPI's values may raise (kpi-access.ts). The issue goes to the card's project (or
 * the site default chosen on the Jira admin page) with the action record in the same request, then links back to the card's page. A
 * request id claimed before the issue is made keeps a retried request from making a second; the
 * record carries the request id too, so a retry of a claim whose first attempt ended in doubt
 * (RESUME_PENDING_AFTER_MS) searches Jira for it before it creates anything. The claim is settled
 * last, once the issue is linked, counted and audited: a retry of a settled claim has only the
 * link and the count to make again, each only where missing.
 */
export function createRaiseAction(deps: ActionDeps) {
  return async (context: MacroContext, input: RaiseActionInput): Promise<RaiseActionResult> => {
    const { actor } = context;
    const records = await deps.records.read(input.cardId);
    const card = requireCard(records.card, input.cardId);
    const kpi = requireKpi(card, input.kpiId);
    const access = await cardAccess(deps, context, card, records.settings, kpi);
    if (actor.kind !== 'user' || !access.mayRecord) refuseRaising(actor);
    const now = deps.clock.now();
    const at = now.toISOString();
    // The record, not storage's copy, decides: raising is rare, and a stale copy would send the issue astray.
    const target = raiseTarget(await refreshJiraSite(deps, at, records.jiraSite), records.settings, input.kind);

    let claim: RaiseClaim = { requestId: input.requestId, accountId: actor.accountId, subject: subjectOf(input), claimedAt: at, issue: null };
    const earlier = await deps.raiseClaims.claim(claim);
    const homePage = homePageOf(card, context);
    const pageLink = pageLinkOf(card, context, homePage, kpi.name);
    const entry = records.summary?.kpis[kpi.id];
    const breachId = input.kind === 'corrective-action' && entry !== undefined ? breachIdOf(card.id, entry) : null;
    const breach: HandBreach | null = breachId === null ? null : { breachId, cardId: card.id, kpiId: kpi.id, requestId: input.requestId };
    const auditOf = (made: CreatedIssue, data: Record<string, string | boolean> = {}): AuditEntry =>
      auditEntry(
        {
          cardId: card.id,
          at,
          actor,
          action: 'action.raised',
          summary: `Raised ${made.key} (${input.kind}) from the KPI "${kpi.name}"`,
          data: { issueKey: made.key, issueId: made.id, kind: input.kind, kpiId: kpi.id, projectId: target.projectId, requestId: input.requestId, ...data },
        },
        deps.newAuditSuffix(),
      );
    /** Linked to the page, and counted in the summary with its audit entry (kept there for repair when the link failed). */
    const settled = async (made: CreatedIssue, repeated: boolean, audit: AuditEntry | null): Promise<RaiseActionResult> => {
      const linked = await linkToPage(deps, made, pageLink);
      await countInSummary(deps, card.id, { issueId: made.id, issueKey: made.key, pageId: homePage, kpiId: kpi.id }, linked, records.summary, audit);
      return { issue: { ...made, url: issueUrl(context, made.key) }, kind: input.kind, linked, repeated };
    };
    if (earlier !== null) {
      if (earlier.accountId !== claim.accountId || earlier.subject !== claim.subject) {
        throw new AppError('CONFLICT', `Request ${input.requestId} raised something else.`, [], { reason: 'raise-request-reused' });
      }
      // The answer was lost: the same issue again, its link put back and its count made in case either was lost too (its audit entry went with the count, or before the claim was settled).
      if (earlier.issue !== null) return settled(earlier.issue, true, null);
      claim = await resumePending(deps, earlier, now);
      // The first attempt made it (it stopped before the claim was settled).
      const found = await deps.jiraIssues.findByRequest(input.requestId);
      if (found !== null) {
        const result = await settled(found, true, auditOf(found, { resumed: true }));
        if (breach !== null) await settleBreach(deps, breach, found, at, false);
        await deps.raiseClaims.settle({ ...claim, issue: found });
        return result;
      }
    }

    // A corrective action raised by hand for a KPI in breach stands for that breach when it holds the breach's claim (taken before Jira is asked, so the daily run raises none beside it).
    const held = breach !== null && (await claimBreach(deps, breach, at));
    const snapshot = kpiSnapshot(kpi, entry, kpiJudgement(records.settings, records.site, now), now);
    const link = { cardId: card.id, kpiId: kpi.id, pageId: homePage };
    const action: ActionRecord =
      input.kind === 'corrective-action'
        ? newCorrectiveAction({ source: 'kpi-breach', link, snapshot, breachId: held ? breachId : null, requestId: input.requestId, problem: input.problem, periodsOnTarget: DEFAULT_PERIODS_ON_TARGET })
        : newImprovement({ source: 'kpi-on-target', link, snapshot, proposal: input.problem, requestId: input.requestId });
    let issue: CreatedIssue;
    try {
      issue = await deps.jiraIssues.createIssue({
        ...target,
        summary: input.summary,
        description: actionDescription({ language: card.content.language, kind: input.kind, cardTitle: card.content.title, pageUrl: homePageUrl(card, context), snapshot, text: input.problem }),
        properties: [{ key: ACTION_PROPERTY_KEY, value: toIssueProperty(action) }],
      });
    } catch (error) {
      if (isAppError(error) && NOTHING_MADE.has(error.code)) {
        await deps.raiseClaims.release(input.requestId);
        if (held) await releaseBreach(deps, breach);
      }
      throw error;
    }
    const result = await settled(issue, false, auditOf(issue));
    if (held) await settleBreach(deps, breach, issue, at, true);
    await deps.raiseClaims.settle({ ...claim, issue });
    return result;
  };
}

/** A breach a raise by hand stands for: its claim carries the raise's request id. */
interface HandBreach {
  breachId: string;
  cardId: string;
  kpiId: string;
  requestId: string;
}

const heldBy = (claim: BreachClaim, breach: HandBreach): claim is PendingBreachClaim => claim.state === 'claimed' && claim.requestId === breach.requestId;

/**
 * Claims the breach for this raise: true when the raise holds the claim (new, or its own from an
 * attempt that stopped, taken over afresh so the daily run does not take it as stale). A claim
 * another holds (the daily run raised or is raising the breach) is left alone, and so is a
 * storage failure (logged): the user asked for the action, so it is raised either way, without the breach.
 */
async function claimBreach(deps: ActionDeps, breach: HandBreach, at: string): Promise<boolean> {
  const fresh: PendingBreachClaim = { state: 'claimed', ...breach, claimedAt: at };
  try {
    const earlier = await deps.breachClaims.claim(fresh);
    if (earlier === null) return true;
    return heldBy(earlier, breach) && (await deps.breachClaims.reclaim(earlier, fresh));
  } catch (error) {
    deps.logger.error('Could not claim the KPI breach for a corrective action raised by hand', { breachId: breach.breachId, code: isAppError(error) ? error.code : 'unexpected' });
    return false;
  }
}

/**
 * Marks the breach raised with the issue: where this raise holds the claim (`held`), or else
 * where the claim is this request's or there is none (a resumed raise, which cannot tell). The
 * issue stands either way: a failure is logged.
 */
async function settleBreach(deps: ActionDeps, breach: HandBreach, issue: CreatedIssue, at: string, held: boolean): Promise<void> {
  try {
    if (!held) {
      const earlier = await deps.breachClaims.claim({ state: 'claimed', ...breach, claimedAt: at });
      if (earlier !== null && !heldBy(earlier, breach)) return;
    }
    await deps.breachClaims.settle({ state: 'raised', ...breach, claimedAt: at, issue: { id: issue.id, key: issue.key }, raisedAt: at, keptAt: at });
  } catch (error) {
    deps.logger.error('Could not mark the KPI breach raised by hand', { issueKey: issue.key, code: isAppError(error) ? error.code : 'unexpected' });
  }
}

/** Jira made nothing: the breach is the daily run's to raise again. A failure is logged, so the caller hears Jira's refusal. */
async function releaseBreach(deps: ActionDeps, breach: HandBreach): Promise<void> {
  try {
    await deps.breachClaims.release(breach.breachId);
  } catch (error) {
    deps.logger.error('Could not release the KPI breach claimed for a corrective action Jira refused', { breachId: breach.breachId, code: isAppError(error) ? error.code : 'unexpected' });
  }
}

/**
 * Counts the issue in the card's summary with the raise's audit entry in the same write, and
 * keeps one whose link failed for the next render to repair; a retry counts it no second time
 * (the digest remembers the issues it counted) and records nothing more. Where the summary
 * cannot take the count (there is none, or its write failed: logged), the entry is recorded on
 * its own. The issue stands either way.
 */
async function countInSummary(deps: ActionDeps, cardId: string, issue: Unlinked & { kpiId: string }, linked: boolean, known: KpiCardSummary | null, audit: AuditEntry | null): Promise<void> {
  let countedBefore = false;
  let wrote = false;
  try {
    wrote = await updateLinkedActions(
      deps,
      cardId,
      (digest) => {
        let next = countRaised(digest, issue.kpiId, issue.issueId);
        countedBefore = next === digest;
        if (!linked && !digest.unlinked.some((entry) => entry.issueId === issue.issueId)) next = withUnlinked(next, issue);
        return next === digest ? null : next;
      },
      known,
      (before) => (audit === null || isCounted(before, issue.issueId) ? [] : [audit]),
    );
  } catch (error) {
    deps.logger.error('Could not count the raised issue in the card’s summary', { issueKey: issue.issueKey, code: isAppError(error) ? error.code : 'unexpected' });
  }
  if (audit !== null && !wrote && !countedBefore) await deps.audit.append(audit);
}

/** Takes over a pending claim that has surely stopped, or says the raise is still pending. */
async function resumePending(deps: ActionDeps, earlier: RaiseClaim, now: Date): Promise<RaiseClaim> {
  const pending = () =>
    new AppError('CONFLICT', `Request ${earlier.requestId} is being raised, or its first attempt stopped before Jira answered.`, [], {
      reason: 'raise-pending',
      params: { since: earlier.claimedAt },
    });
  if (now.getTime() - Date.parse(earlier.claimedAt) < RESUME_PENDING_AFTER_MS) throw pending();
  const fresh: RaiseClaim = { ...earlier, claimedAt: now.toISOString() };
  // Of two retries at once, one resumes; the other is told it is pending.
  if (!(await deps.raiseClaims.reclaim(earlier, fresh))) throw pending();
  return fresh;
}

/** Where the issue goes, or why it cannot go anywhere (each a reason the macro words). */
export function raiseTarget(site: JiraSite, settings: CardSettings | null, kind: ActionKind): { projectId: string; issueTypeId: string } {
  const chosen = cardJiraProject(site, settings);
  const issueTypeId = site.issueTypes[kind];
  if (chosen.state === 'project-gone') {
    throw new AppError('NOT_FOUND', 'The Jira project chosen in this card’s settings is no longer set up for corrective actions. Choose another in the card’s settings.', [], {
      reason: 'jira-project-gone',
    });
  }
  if (chosen.state === 'no-project') {
    throw new AppError('NOT_FOUND', 'No Jira project is chosen for this card, and the site has no default. Choose one in the card’s settings.', [], { reason: 'jira-no-project' });
  }
  if (chosen.state !== 'ready' || issueTypeId === null) {
    throw new AppError('NOT_FOUND', 'No Jira project is set up for corrective actions and improvements yet.', [], { reason: 'jira-project' });
  }
  return { projectId: chosen.project.id, issueTypeId };
}

/** What a request id stands for: a retry raises the same thing on the same KPI. */
const subjectOf = (input: RaiseActionInput): string => JSON.stringify([input.cardId, input.kpiId, input.kind, input.summary]);

function refuseRaising(actor: Actor): never {
  if (actor.kind !== 'user') throw new AppError('FORBIDDEN', 'Sign in to Confluence to raise a corrective action or an improvement.', [], { reason: 'sign-in' });
  throw new AppError('FORBIDDEN', "Only the page's editors, the process owner and the KPI's owner may raise actions from its KPIs.", [], { reason: 'edit' });
}
