import { MAX_IMPORT_REQUEST_BYTES, MAX_TITLE_LENGTH } from '../../src/contracts/limits';
import { measureImportRequest, measureTitle } from '../../static/macro/src/empty/form-limits';

describe('what the forms allow before sending', () => {
  it('measures the import as the bytes of its JSON request, so Cyrillic counts twice', () => {
    const latin = measureImportRequest({ text: 'a'.repeat(1000) });
    const cyrillic = measureImportRequest({ text: 'я'.repeat(1000) });
    expect(cyrillic.used - latin.used).toBe(1000);
    expect(measureImportRequest({ text: 'a\tb' }).used).toBe(JSON.stringify({ text: 'a\tb' }).length);
  });

  it('is quiet well under the limit, shows the size near it, and refuses over it', () => {
    const overhead = measureImportRequest({ text: '' }).used;
    expect(measureImportRequest({ text: 'a'.repeat(MAX_IMPORT_REQUEST_BYTES / 2) }).state).toBe('fine');
    expect(measureImportRequest({ text: 'a'.repeat(MAX_IMPORT_REQUEST_BYTES * 0.9) }).state).toBe('near');
    expect(measureImportRequest({ text: 'a'.repeat(MAX_IMPORT_REQUEST_BYTES - overhead) }).state).toBe('near');
    expect(measureImportRequest({ text: 'a'.repeat(MAX_IMPORT_REQUEST_BYTES - overhead + 1) }).state).toBe('over');
    // Escapes grow the request: tabs a Word table pastes are two bytes each once encoded.
    expect(measureImportRequest({ text: '\t'.repeat(MAX_IMPORT_REQUEST_BYTES / 2) }).state).toBe('over');
  });

  it('counts a title as the resolver does, without the spaces around it', () => {
    expect(measureTitle(`  ${'x'.repeat(MAX_TITLE_LENGTH)}  `).state).toBe('near');
    expect(measureTitle('x'.repeat(MAX_TITLE_LENGTH + 1)).state).toBe('over');
    expect(measureTitle('Закупки').state).toBe('fine');
  });
});
