import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { installForgeRuntime, readManifestEntities, type EntityDefinition } from '../../workbench/runtime';

const entity = (overrides: Partial<EntityDefinition> = {}): EntityDefinition => ({
  name: 'card',
  attributes: { title: { type: 'string' }, body: { type: 'any' } },
  indexes: ['title'],
  ...overrides,
});
const attributes = (count: number) => Object.fromEntries([...Array(count).keys()].map((n) => [`attr${n}`, { type: 'string' as const }]));

/** Declarations Forge refuses on deploy (limits-kvs-ce), each with the words the error must carry. */
const refused: Array<{ what: string; entities: EntityDefinition[]; message: RegExp }> = [
  { what: 'an index on an `any` attribute', entities: [entity({ indexes: ['body'] })], message: /type any/ },
  {
    what: 'a partition on an `any` attribute',
    entities: [entity({ indexes: [{ name: 'by-body', partition: ['body'], range: ['title'] }] })],
    message: /type any/,
  },
  { what: 'a 2-character index name', entities: [entity({ attributes: { ab: { type: 'string' } }, indexes: ['ab'] })], message: /at least 3/ },
  { what: 'a 51-character index name', entities: [entity({ indexes: [{ name: 'i'.repeat(51), range: ['title'] }] })], message: /at most 50/ },
  { what: 'an index name with ".."', entities: [entity({ indexes: [{ name: 'by..title', range: ['title'] }] })], message: /index names/ },
  { what: '8 custom indexes', entities: [entity({ attributes: attributes(8), indexes: [...Array(8).keys()].map((n) => `attr${n}`) })], message: /7 custom indexes/ },
  { what: '51 attributes', entities: [entity({ attributes: attributes(51), indexes: [] })], message: /50 attributes/ },
  { what: 'an entity name starting with "_"', entities: [entity({ name: '_cards' })], message: /entity names/ },
  { what: 'an entity name starting with "-"', entities: [entity({ name: '-cards' })], message: /entity names/ },
  { what: 'an entity name ending with "."', entities: [entity({ name: 'cards.' })], message: /entity names/ },
  { what: 'a 31-character attribute name', entities: [entity({ attributes: { ['a'.repeat(31)]: { type: 'string' } }, indexes: [] })], message: /30 characters/ },
  { what: 'an attribute name starting with a digit', entities: [entity({ attributes: { '1st': { type: 'string' } }, indexes: [] })], message: /\[_A-Za-z\]/ },
  { what: '21 entities', entities: [...Array(21).keys()].map((n) => entity({ name: `entity-${n}` })), message: /at most 20 custom entities/ },
];

describe('custom entity declarations are held to Forge\'s limits when the runtime reads them', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'kvs-declarations-'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const manifestWith = (entities: unknown[]): string => {
    const path = join(folder, `manifest-${Math.random().toString(36).slice(2)}.yml`);
    writeFileSync(path, stringify({ app: { id: 'ari:cloud:ecosystem::app/local', storage: { entities } } }));
    return path;
  };

  it.each(refused)('refuses $what, in a manifest and as an install option', ({ entities, message }) => {
    const path = manifestWith(entities);
    expect(() => readManifestEntities(path)).toThrow(message);
    expect(() => readManifestEntities(path)).toThrow(path);
    expect(() => installForgeRuntime({ entities })).toThrow(message);
  });

  it('accepts declarations at every limit', () => {
    const atLimits = [
      entity({ name: 'a_b', attributes: { ...attributes(49), ['z'.repeat(30)]: { type: 'any' } }, indexes: [...Array(7).keys()].map((n) => `attr${n}`) }),
      entity({ name: 'x'.repeat(60), indexes: [{ name: 'i'.repeat(50), range: ['title'] }, { name: 'abc', range: ['title'] }] }),
      ...[...Array(18).keys()].map((n) => entity({ name: `entity-${n}` })),
    ];
    expect(readManifestEntities(manifestWith(atLimits))).toHaveLength(20);
    installForgeRuntime({ entities: atLimits }).close();
  });

  it('accepts the app\'s own manifest', () => {
    const manifestPath = join(__dirname, '..', '..', 'manifest.yml');
    expect(readManifestEntities(manifestPath).map((declared) => declared.name)).toEqual(
      expect.arrayContaining(['card', 'card-revision', 'kpi-measurement', 'kpi-summary']),
    );
    installForgeRuntime({ manifestPath }).close();
  });
});
