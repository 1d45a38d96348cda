import { memoryDependencies } from '../../support/memory-dependencies';
import { composeUseCases } from '../../../src/resolvers/compose-use-cases';
import { generateCard, generateKpi, placed } from '../../support/card-builders';
import { withRoles } from '../../../src/core/card/card-roles';
import { userActor, type Actor } from '../../../src/core/actor';
import type { MacroContext } from '../../../src/core/usecases/macro-context';
import { emptySettings } from '../../../src/core/settings/card-settings';
import { emptyProvisionRecord, PROVISION_RECORD_KEY, type ProvisionRecord } from '../../../src/core/capa/provisioning/provision-record';
import type { RaiseActionInput } from '../../../src/core/usecases/jira/raise-action';

export const PAGE = '65537';
export const EDITOR = userActor('acc-editor');
export const READER = userActor('acc-reader');
export const OWNER = userActor('acc-owner');
export const SITE = { url: 'https://example.atlassian.net', pageUrl: `https://example.atlassian.net/wiki/spaces/QMS/pages/${PAGE}` };
export const CA_TYPE = '10100';
export const IMPROVEMENT_TYPE = '10101';

/** A site provisioned with one project, complete unless said otherwise (an upgrade under way leaves the default set). */
export function provisioned(complete = true): ProvisionRecord {
  return {
    ...emptyProvisionRecord(),
    language: 'en',
    issueTypes: { 'corrective-action': { id: CA_TYPE, name: 'Corrective action' }, improvement: { id: IMPROVEMENT_TYPE, name: 'Improvement' } },
    projects: {
      '10000': { projectId: '10000', projectKey: 'QMS', issueTypeSchemeId: '1', issueTypeSchemeAssigned: true, workflowSchemeId: '2', workflowSchemeAssigned: complete, switchTaskId: null, complete },
    },
    defaultProjectId: '10000',
  };
}

/** The same site with a second project, AUD (10002), set up as well: a card may send its actions there. */
export function provisionedTwo(): ProvisionRecord {
  const record = provisioned();
  const qms = record.projects['10000']!;
  return { ...record, projects: { ...record.projects, '10002': { ...qms, projectId: '10002', projectKey: 'AUD', issueTypeSchemeId: '3', workflowSchemeId: '4' } } };
}

let requests = 0;
export const newRequestId = () => `00000000-0000-4000-8000-${String((requests += 1)).padStart(12, '0')}`;

/**
 * A card on PAGE with one monthly KPI (target ≥ 15 %) off target three months running, so its
 * rules propose a corrective action; its owner role mapped to acc-owner; the site provisioned.
 */
export async function actionSetup(options: { record?: ProvisionRecord | null; cardPage?: string } = {}) {
  const deps = memoryDependencies({ 'acc-editor': [PAGE, '70000'] }, { 'acc-reader': [PAGE], 'acc-owner': [PAGE], 'acc-editor': [PAGE, '70000'] });
  deps.memory.clock.set('2026-04-03T09:00:00.000Z');
  const logged: Array<[string, Record<string, unknown>]> = [];
  deps.logger = { error: (message, context) => logged.push([message, context]) };
  const card = placed(generateCard({ kpis: [generateKpi({ name: 'Lead conversion' })] }), 's', options.cardPage ?? PAGE);
  const saved = await deps.cards.save({ card: { ...card, content: withRoles(card.content) }, expectedVersion: 0, savedBy: 'acc-editor', savedAt: deps.now() });
  const kpi = saved.content.kpis[0]!;
  await deps.settings.save({
    settings: { ...emptySettings(saved.id), roleMapping: { [kpi.ownerRoleId!]: { people: [{ accountId: 'acc-owner', name: 'Olga' }], groups: [] } } },
    expectedVersion: 0,
    savedBy: 'acc-editor',
    savedAt: deps.now(),
    audit: { schemaVersion: 1, id: 'x', cardId: saved.id, at: deps.now(), actor: EDITOR, action: 'roles.mapped', summary: '', data: {} },
  });
  const record = options.record === undefined ? provisioned() : options.record;
  if (record !== null) deps.memory.appProperties.values.set(PROVISION_RECORD_KEY, record);
  const useCases = composeUseCases(deps);
  const context = (actor: Actor, extra: Partial<MacroContext> = {}): MacroContext => ({ actor, localId: 'm-1', location: { spaceId: 's', pageId: PAGE }, configCardId: undefined, site: SITE, ...extra });
  for (const [index, value] of [10, 9, 8].entries()) {
    await useCases.measurements.record(context(EDITOR), { cardId: saved.id, kpiId: kpi.id, period: { key: `2026-0${index + 1}` }, value, comment: '', expectedRevision: 0, requestId: newRequestId() });
  }
  const input = (extra: Partial<RaiseActionInput> = {}): RaiseActionInput => ({
    cardId: saved.id,
    kpiId: kpi.id,
    kind: 'corrective-action',
    summary: 'Lead conversion below target for three months',
    problem: 'Conversion fell to 8 % in March.',
    requestId: newRequestId(),
    ...extra,
  });
  const raise = (actor: Actor, extra: Partial<RaiseActionInput> = {}, contextExtra: Partial<MacroContext> = {}) => useCases.actions.raise(context(actor, contextExtra), input(extra));
  const raisedEntries = async () => (await deps.audit.list(saved.id)).items.filter((entry) => entry.action === 'action.raised');
  return { deps, useCases, card: saved, kpi, context, input, raise, logged, jira: deps.memory.jiraIssues, raisedEntries };
}
