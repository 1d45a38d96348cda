import { benchImport, buildLargeCardText } from '../../bench/import-bench';
import { importDocument } from '../../src/core/import/import-document';

describe('importer benchmark input', () => {
  it('builds a ~100 KB card text from the example card', () => {
    const text = buildLargeCardText();
    expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(100 * 1024);
    expect(Buffer.byteLength(text)).toBeLessThan(120 * 1024);
    const result = importDocument(text);
    expect(result.cards[0]!.content.title).toBe('Привлечение клиентов и маркетинг');
  });

  // The time itself is judged by `npm run bench`, not here: a timed test fails on a busy machine.
  it('gives the bench a median import time measured against the 50 ms budget', async () => {
    const [median] = await benchImport();
    expect(median).toMatchObject({ unit: 'ms', budget: 50 });
    expect(median!.value).toBeGreaterThan(0);
  });
});
