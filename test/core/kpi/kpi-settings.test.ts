import { memoryDependencies } from '../../support/memory-dependencies';
import { composeUseCases } from '../../../src/resolvers/compose-use-cases';
import { generateCard, generateKpi, placed } from '../../support/card-builders';
import { withRoles } from '../../../src/core/card/card-roles';
import { userActor, type Actor } from '../../../src/core/actor';
import type { MacroContext } from '../../../src/core/usecases/macro-context';
import { readStoredSettings } from '../../../src/core/settings/stored-settings';

const PAGE = 'page-1';

async function setup() {
  const deps = memoryDependencies({ 'acc-editor': [PAGE] }, { 'acc-reader': [PAGE], 'acc-editor': [PAGE] });
  const card = placed(generateCard({ kpis: [generateKpi(), generateKpi({ name: 'NPS' })] }), 's', PAGE);
  const saved = await deps.cards.save({ card: { ...card, content: withRoles(card.content) }, expectedVersion: 0, savedBy: 'acc-editor', savedAt: deps.now() });
  const context = (actor: Actor): MacroContext => ({ actor, localId: 'm-1', location: { spaceId: 's', pageId: PAGE }, configCardId: undefined });
  return { deps, useCases: composeUseCases(deps), card: saved, context };
}

describe('KPI settings and the feed secret', () => {
  it('shows defaults (site zone, 10 grace days, default rules) and hides the feed URL from readers', async () => {
    const { useCases, card, context } = await setup();
    const view = await useCases.kpiSettings.get(context(userActor('acc-reader')), { cardId: card.id });
    expect(view).toMatchObject({ version: 0, timeZone: null, siteTimeZone: 'UTC', graceDays: 10, canEdit: false, feed: { configured: false, url: null } });
    expect(view.defaultRules).toHaveLength(3);
    expect((await useCases.kpiSettings.get(context(userActor('acc-editor')), { cardId: card.id })).feed.url).toMatch(new RegExp(`/cards/${card.id}$`));
  });

  it('saves a zone, grace days and a KPI’s own rules with a version check and an audit entry; readers are refused', async () => {
    const { deps, useCases, card, context } = await setup();
    const kpiId = card.content.kpis[0]!.id;
    const input = { cardId: card.id, expectedVersion: 0, timeZone: 'Europe/Moscow', graceDays: 5, rules: { [kpiId]: [{ when: 'off-target' as const, periods: 2, level: 'corrective-action' as const }] } };
    await expect(useCases.kpiSettings.save(context(userActor('acc-reader')), input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const saved = await useCases.kpiSettings.save(context(userActor('acc-editor')), input);
    expect(saved).toMatchObject({ version: 1, timeZone: 'Europe/Moscow', graceDays: 5 });
    expect(saved.kpis[0]!.rules).toEqual(input.rules[kpiId]);
    expect(saved.kpis[1]!.rules).toBeNull();
    await expect(useCases.kpiSettings.save(context(userActor('acc-editor')), { ...input, graceDays: 7 })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(useCases.kpiSettings.save(context(userActor('acc-editor')), { ...input, expectedVersion: 1, timeZone: 'Mars/Olympus' })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(useCases.kpiSettings.save(context(userActor('acc-editor')), { ...input, expectedVersion: 1, rules: { nope: null } })).rejects.toMatchObject({ code: 'VALIDATION' });
    expect((await deps.audit.list(card.id)).items.map((entry) => entry.action)).toEqual(['kpi.settings-saved']);
  });

  it('creates and rotates the secret: the new one is shown once, the old one is deleted, the settings say which is in force', async () => {
    const { deps, useCases, card, context } = await setup();
    const first = await useCases.kpiSettings.rotateSecret(context(userActor('acc-editor')), { cardId: card.id, expectedVersion: 0 });
    expect(first.settings.feed.configured).toBe(true);
    const firstVersion = (await deps.settings.get(card.id))!.feed.secretVersion;
    expect(await deps.feedSecrets.get(card.id, firstVersion)).toBe(first.secret);
    const second = await useCases.kpiSettings.rotateSecret(context(userActor('acc-editor')), { cardId: card.id, expectedVersion: 1 });
    expect(second.secret).not.toBe(first.secret);
    expect(await deps.feedSecrets.get(card.id, firstVersion)).toBeNull();
    const secondVersion = (await deps.settings.get(card.id))!.feed.secretVersion;
    expect(secondVersion).not.toBe(firstVersion);
    expect(await deps.feedSecrets.get(card.id, secondVersion)).toBe(second.secret);
    expect((await deps.audit.list(card.id)).items.map((entry) => entry.action)).toEqual(['feed.secret-rotated', 'feed.secret-rotated']);
  });

  it('leaves nothing behind when the rotation loses a race: no new secret, the old one still in force', async () => {
    const { deps, useCases, card, context } = await setup();
    await useCases.kpiSettings.rotateSecret(context(userActor('acc-editor')), { cardId: card.id, expectedVersion: 0 });
    const inForce = (await deps.settings.get(card.id))!.feed.secretVersion;
    await expect(useCases.kpiSettings.rotateSecret(context(userActor('acc-editor')), { cardId: card.id, expectedVersion: 0 })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect([...deps.memory.feedSecrets.secrets.keys()]).toEqual([`${card.id}:${inForce}`]);
  });

  it('keeps the winner’s secret when two rotations run at once (the loser deletes only its own)', async () => {
    const { deps, useCases, card, context } = await setup();
    const both = await Promise.allSettled([0, 1].map(() => useCases.kpiSettings.rotateSecret(context(userActor('acc-editor')), { cardId: card.id, expectedVersion: 0 })));
    const won = both.find((outcome) => outcome.status === 'fulfilled');
    expect(both.filter((outcome) => outcome.status === 'rejected')).toHaveLength(1);
    const inForce = (await deps.settings.get(card.id))!.feed.secretVersion;
    expect(await deps.feedSecrets.get(card.id, inForce)).toBe(won?.status === 'fulfilled' ? won.value.secret : 'none');
  });

  it('reads settings stored before KPI settings existed (v1) with the defaults', () => {
    const v1 = { schemaVersion: 1, cardId: 'card-1', version: 3, roleMapping: {}, updatedAt: null, updatedBy: null };
    expect(readStoredSettings(v1)).toMatchObject({
      schemaVersion: 3,
      version: 3,
      kpi: { timeZone: null, graceDays: 10, rules: {} },
      feed: { secretVersion: 0 },
      jira: { projectId: null, autoRaise: false },
    });
    expect(() => readStoredSettings({ ...v1, schemaVersion: 9 })).toThrow();
  });

  it('reads settings stored before the Jira project existed (v2) with the site default and auto-raise off', () => {
    const kpi = { timeZone: 'Europe/Moscow', graceDays: 5, rules: {} };
    const v2 = { schemaVersion: 2, cardId: 'card-1', version: 4, roleMapping: {}, kpi, feed: { rotatedAt: null, secretVersion: 1 }, updatedAt: null, updatedBy: null };
    expect(readStoredSettings(v2)).toEqual({ ...v2, schemaVersion: 3, jira: { projectId: null, autoRaise: false } });
    expect(() => readStoredSettings({ ...v2, schemaVersion: 3, jira: { projectId: 'PROJ', autoRaise: false } })).toThrow();
  });
});
