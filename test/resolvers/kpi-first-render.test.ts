import type { ImportCardResult, MacroCardResult } from '../../src/contracts/resolver-contracts';
import { MacroCardResultSchema, resolverResultSchema } from '../../src/contracts/resolver-outputs';
import { EDITOR, READER, importPayload, startHandlerHarness } from './forge-handler-harness';
import { cardWithKpis, writeMonthlyHistory } from '../support/kpi-history';

describe('first render of a card with 50 KPIs and 10 years of monthly values', () => {
  let harness: ReturnType<typeof startHandlerHarness>;
  beforeEach(() => {
    harness = startHandlerHarness();
  });
  afterEach(() => harness.close());

  it('reads the macro binding and one batch (card, summary, settings, site settings): 2 storage requests, no history', async () => {
    const imported = await harness.call<ImportCardResult>('card/import', importPayload(cardWithKpis(50)), { accountId: EDITOR });
    if (!imported.ok) throw new Error(imported.error.message);
    const card = imported.data.view.card;
    expect(card.content.kpis).toHaveLength(50);
    const today = new Date().toISOString().slice(0, 10);
    expect(await writeMonthlyHistory(card, 120, today)).toBe(6000);
    harness.runtime.reset();

    const shown = await harness.call<MacroCardResult>('card/get-for-macro', {}, { accountId: READER });
    resolverResultSchema(MacroCardResultSchema).parse(shown);
    if (!shown.ok) throw new Error(shown.error.message);
    // docs/budgets.md: ≤ 3 storage requests, a batch get counting as one; measurements are never read on first render.
    expect(harness.runtime.kvsStats.readRequests).toBe(2);
    expect(harness.runtime.kvsStats.writes).toBe(0);
    // The card lives on this page and the reader only reads: no Confluence call at all.
    expect(harness.runtime.productRequests).toHaveLength(0);
    const board = shown.data.view?.kpis;
    expect(board?.kpis).toHaveLength(50);
    expect(board?.kpis.every((kpi) => kpi.points.length === 12 && kpi.latest !== null)).toBe(true);
  });
});
