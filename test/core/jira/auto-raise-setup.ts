import { jiraSiteOf } from '../../../src/core/capa/jira-site';
import type { CardSettings } from '../../../src/core/settings/card-settings';
import { actionSetup, EDITOR, newRequestId, provisioned } from './action-setup';

export const PROCESS_OWNER = 'acc-process-owner';

/**
 * actionSetup's card (a monthly KPI off target January to March: its rules call for a corrective
 * action) with auto-raise on, its process owner mapped, and storage's copy of the Jira set-up;
 * `run()` is the daily run's consumer over the card, at the clock's time.
 */
export async function autoRaiseSetup(options: { autoRaise?: boolean; connected?: boolean } = {}) {
  const setup = await actionSetup();
  const { deps, card, kpi, useCases, context } = setup;
  const ownerRoleId = card.content.responsibility.ownerRoleId!;
  const settings = (await deps.settings.get(card.id))!;
  await saveSettings(setup, {
    ...settings,
    roleMapping: { ...settings.roleMapping, [ownerRoleId]: { people: [{ accountId: PROCESS_OWNER, name: 'Pavel' }], groups: [] } },
    jira: { projectId: null, autoRaise: options.autoRaise ?? true },
  });
  if (options.connected ?? true) deps.memory.jiraSite.record = jiraSiteOf(provisioned(), deps.now());
  const run = () => useCases.reminders.check({ cardIds: [card.id], runAt: deps.now() });
  const record = (period: string, value: number) =>
    useCases.measurements.record(context(EDITOR), { cardId: card.id, kpiId: kpi.id, period: { key: period }, value, comment: '', expectedRevision: 0, requestId: newRequestId() });
  const autoEntries = async () => (await deps.audit.list(card.id)).items.filter((entry) => entry.action === 'action.auto-raised');
  const app = deps.memory.jiraIssuesAsApp;
  return { ...setup, run, record, autoEntries, app, claims: deps.memory.breachClaims, ownerRoleId };
}

export async function saveSettings(setup: Awaited<ReturnType<typeof actionSetup>>, settings: CardSettings): Promise<void> {
  const { deps, card } = setup;
  await deps.settings.save({
    settings,
    expectedVersion: settings.version,
    savedBy: 'acc-editor',
    savedAt: deps.now(),
    audit: { schemaVersion: 1, id: `settings-${settings.version}`, cardId: card.id, at: deps.now(), actor: EDITOR, action: 'settings.saved', summary: '', data: {} },
  });
}
