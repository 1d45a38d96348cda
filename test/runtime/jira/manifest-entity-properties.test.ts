import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readManifestEntityProperties } from '../../../workbench/runtime';
import { ACTION_PROPERTY_INDEX } from '../../../src/adapters/forge/jira/action-index';

/** The module the manifest is to declare for the action searches (the same text goes to the main session). */
const ACTION_INDEX_YAML = `modules:
  jira:entityProperty:
    - key: process-cards-action-index
      entityType: issue
      propertyKey: process-cards.action
      values:
        - path: link.cardId
          type: string
          searchAlias: processCardId
        - path: link.kpiId
          type: string
          searchAlias: processCardKpi
        - path: breachId
          type: string
          searchAlias: processCardBreach
        - path: requestId
          type: string
          searchAlias: processCardRequest
`;

const manifestWith = (yaml: string): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'entity-properties-')), 'manifest.yml');
  writeFileSync(path, yaml);
  return path;
};

describe('the jira:entityProperty modules of a manifest, for the Jira stand-in', () => {
  it('reads the action record’s index as the searches use it', () => {
    expect(readManifestEntityProperties(manifestWith(ACTION_INDEX_YAML))).toEqual([ACTION_PROPERTY_INDEX]);
  });

  it('is what the app’s own manifest declares', () => {
    expect(readManifestEntityProperties(join(__dirname, '../../../manifest.yml'))).toEqual([ACTION_PROPERTY_INDEX]);
  });

  it('reads none from a manifest that declares none, and refuses values the stand-in cannot index', () => {
    expect(readManifestEntityProperties(manifestWith('modules:\n  function: []\n'))).toEqual([]);
    expect(() => readManifestEntityProperties(manifestWith(ACTION_INDEX_YAML.replace('type: string\n          searchAlias: processCardKpi', 'type: number\n          searchAlias: processCardKpi')))).toThrow(
      'indexes string values',
    );
    expect(() => readManifestEntityProperties(manifestWith(ACTION_INDEX_YAML.replace('          searchAlias: processCardBreach\n', '')))).toThrow('searchAlias');
  });
});
