import { randomUUID } from 'node:crypto';
import type { ImportCardResult } from '../src/contracts/resolver-contracts';
import type { RotateFeedSecretResult } from '../src/contracts/kpi-contracts';
import { FEED_SIGNATURE_HEADER, FEED_TIMESTAMP_HEADER } from '../src/contracts/kpi-contracts';
import { feedSignature } from '../src/adapters/node/hmac-feed-signatures';
import { recentPeriods } from '../src/core/kpi/kpi-period';
import { EDITOR, READER, startHandlerHarness } from '../test/resolvers/forge-handler-harness';
import { cardWithKpis, writeMonthlyHistory } from '../test/support/kpi-history';
import type { BenchRow } from './bundle-bench';

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

/** The first render of a card with 50 KPIs and 10 years of monthly values: storage requests (asserted in a test) and time. */
export async function benchKpiFirstRender(): Promise<BenchRow[]> {
  const harness = startHandlerHarness();
  try {
    const imported = await harness.call<ImportCardResult>('card/import', { text: cardWithKpis(50), importId: randomUUID() }, { accountId: EDITOR });
    if (!imported.ok) throw new Error(imported.error.message);
    await writeMonthlyHistory(imported.data.view.card, 120, new Date().toISOString().slice(0, 10));
    const times: number[] = [];
    let requests = 0;
    for (let run = 0; run < 7; run += 1) {
      harness.runtime.reset();
      const start = process.hrtime.bigint();
      const shown = await harness.call('card/get-for-macro', {}, { accountId: READER });
      times.push(ms(start));
      if (!shown.ok) throw new Error('the card did not render');
      requests = harness.runtime.kvsStats.readRequests;
    }
    return [
      { name: 'storage requests, 50 KPIs × 120 months', value: requests, unit: 'requests', budget: 3 },
      { name: 'resolver time, 50 KPIs × 120 months (informative)', value: Math.round(median(times) * 10) / 10, unit: 'ms' },
    ];
  } finally {
    harness.close();
  }
}

/** 1,000 signed posts through the feed webtrigger on the local runtime: throughput and storage writes per post. */
export async function benchKpiFeed(): Promise<BenchRow[]> {
  const harness = startHandlerHarness();
  try {
    const targets: Array<{ cardId: string; kpiId: string; secret: string }> = [];
    // 10 cards × 5 KPIs × 20 months = 1,000 distinct periods.
    for (let index = 0; index < 10; index += 1) {
      const imported = await harness.call<ImportCardResult>('card/import', { text: cardWithKpis(5), importId: randomUUID() }, { accountId: EDITOR, localId: `macro-${index}` });
      if (!imported.ok) throw new Error(imported.error.message);
      const cardId = imported.data.view.card.id;
      const rotated = await harness.call<RotateFeedSecretResult>('kpi/feed-rotate', { cardId, expectedVersion: 0 }, { accountId: EDITOR, localId: `macro-${index}` });
      if (!rotated.ok) throw new Error(rotated.error.message);
      for (const kpi of imported.data.view.card.content.kpis) targets.push({ cardId, kpiId: kpi.id, secret: rotated.data.secret });
    }
    const months = recentPeriods('month', new Date().toISOString().slice(0, 10), 21).slice(1);
    harness.runtime.reset();
    const start = process.hrtime.bigint();
    let accepted = 0;
    for (const target of targets) {
      for (const month of months) {
        const body = JSON.stringify({ kpiId: target.kpiId, period: month.key, value: 91.5 });
        const timestamp = String(Math.floor(Date.now() / 1000));
        const answer = (await harness.kpiFeed({
          method: 'POST',
          headers: { [FEED_TIMESTAMP_HEADER]: [timestamp], [FEED_SIGNATURE_HEADER]: [feedSignature(target.secret, timestamp, body)] },
          body,
          path: '/',
          userPath: `/cards/${target.cardId}`,
          queryParameters: {},
        })) as { outputKey: string };
        if (answer.outputKey === 'status-200') accepted += 1;
      }
    }
    const elapsed = ms(start);
    const posts = targets.length * months.length;
    if (accepted !== posts) throw new Error(`${posts - accepted} of ${posts} posts were refused`);
    return [
      { name: `signed posts accepted (of ${posts})`, value: accepted, unit: 'posts' },
      { name: 'throughput (informative)', value: Math.round((posts / elapsed) * 1000), unit: 'posts/s' },
      { name: 'storage write requests per post (one transaction)', value: harness.runtime.kvsStats.writes / posts, unit: 'writes', budget: 1 },
      { name: 'storage read requests per post (informative)', value: Math.round((harness.runtime.kvsStats.readRequests / posts) * 10) / 10, unit: 'reads' },
    ];
  } finally {
    harness.close();
  }
}
