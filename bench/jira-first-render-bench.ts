import { randomUUID } from 'node:crypto';
import type { ImportCardResult, MacroCardResult } from '../src/contracts/resolver-contracts';
import type { RaiseActionResult } from '../src/contracts/action-contracts';
import { EDITOR, READER, startHandlerHarness } from '../test/resolvers/forge-handler-harness';
import { provisionQms } from '../test/resolvers/provision-harness';
import { cardWithKpis } from '../test/support/kpi-history';
import type { BenchRow } from './bundle-bench';

const SITE = { extraContext: { siteUrl: 'https://example.atlassian.net' } };

/**
 * A reader's first render of a card whose KPIs have linked Jira actions, in the local runtime
 * (production handler, KVS emulator, Confluence and Jira stand-ins): what it costs each product.
 * Invokes are the macro's: the render, plus the link repair only when the answer asks for it.
 */
export async function benchJiraFirstRender(): Promise<BenchRow[]> {
  const harness = startHandlerHarness();
  try {
    const imported = await harness.call<ImportCardResult>('card/import', { text: cardWithKpis(10), importId: randomUUID() }, { accountId: EDITOR, ...SITE });
    if (!imported.ok) throw new Error(imported.error.message);
    const card = imported.data.view.card;
    await provisionQms(harness);
    for (const kpi of card.content.kpis.slice(0, 5)) {
      const payload = { cardId: card.id, kpiId: kpi.id, kind: 'corrective-action', summary: `Below target: ${kpi.name}`, problem: 'Under 85 %.', requestId: randomUUID() };
      const raised = await harness.call<RaiseActionResult>('action/raise', payload, { accountId: EDITOR, ...SITE });
      if (!raised.ok) throw new Error(raised.error.message);
    }
    harness.runtime.reset();
    const shown = await harness.call<MacroCardResult>('card/get-for-macro', {}, { accountId: READER, ...SITE });
    if (!shown.ok || shown.data.view?.actions?.shown !== 'issues') throw new Error('the card did not render with its actions');
    const requests = harness.runtime.productRequests;
    const { kvsStats } = harness.runtime;
    return [
      { name: 'invokes, Jira set up, 5 actions linked', value: 1 + (shown.data.view.actions.repairLinks ? 1 : 0), unit: 'calls', budget: 1 },
      { name: 'storage requests (reads + writes)', value: kvsStats.readRequests + kvsStats.writes, unit: 'requests', budget: 3 },
      { name: 'Confluence calls', value: requests.filter((request) => request.remote !== 'jira').length, unit: 'calls', budget: 2 },
      { name: 'Jira calls (one page of search/jql as the reader)', value: requests.filter((request) => request.remote === 'jira').length, unit: 'calls', budget: 1 },
    ];
  } finally {
    harness.close();
  }
}
