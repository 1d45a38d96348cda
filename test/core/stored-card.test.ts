import { readFixture } from '../support/fixtures';
import { readStoredCard, UnreadableRecordError } from '../../src/core/card/stored-card';
import { CARD_SCHEMA_VERSION, ProcessCard } from '../../src/core/card/process-card';

/** A card as the app stored it before roles were data: schemaVersion 1, from test/fixtures/records. */
const v1 = JSON.parse(readFixture('records/card-v1.json')) as Record<string, unknown> & { content: Record<string, unknown> };

describe('readStoredCard: every stored card is read through the latest model', () => {
  it('reads a v1 card as v2: roles as data, each place that names a role refers to it, the text as written', () => {
    const card = readStoredCard(v1);
    expect(card.schemaVersion).toBe(CARD_SCHEMA_VERSION);
    expect(ProcessCard.parse(card)).toEqual(card);
    const roleName = (id: string | undefined) => card.content.roles.find((role) => role.id === id)?.name;
    expect(roleName(card.content.responsibility.ownerRoleId)).toBe(card.content.responsibility.ownerRole);
    for (const kpi of card.content.kpis) if (kpi.owner.trim() !== '') expect(roleName(kpi.ownerRoleId)).toBe(kpi.owner.trim());
    for (const step of card.content.flowchart.steps) if (step.role.trim() !== '') expect(roleName(step.roleId)).toBe(step.role.trim());
    // Nothing else changes: the v1 fields survive as they were.
    expect(card.content.title).toBe((v1.content as { title: string }).title);
    expect(card.version).toBe(3);
    expect(card.importReport).toEqual({ ...(v1.importReport as object), cuts: [], cutsOmitted: 0 });
  });

  it('gives one role one id however often and however spelled the card names it', () => {
    const card = readStoredCard(v1);
    const names = card.content.roles.map((role) => role.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    expect(card.content.roles.length).toBeGreaterThan(1);
  });

  it('reads a v2 card as it is', () => {
    const card = readStoredCard(v1);
    expect(readStoredCard(JSON.parse(JSON.stringify(card)))).toEqual(card);
  });

  it('refuses a record from a newer app, one without a version, and one that does not match the model', () => {
    expect(() => readStoredCard({ ...v1, schemaVersion: CARD_SCHEMA_VERSION + 1 })).toThrow(UnreadableRecordError);
    expect(() => readStoredCard({ ...v1, schemaVersion: undefined })).toThrow(UnreadableRecordError);
    expect(() => readStoredCard({ ...v1, content: 'not a card' })).toThrow(UnreadableRecordError);
  });
});
