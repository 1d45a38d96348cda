import { benchImport } from './import-bench';
import { benchBundle, type BenchRow } from './bundle-bench';
import { benchFirstRender } from './first-render-bench';
import { benchKpiFeed, benchKpiFirstRender } from './kpi-bench';
import { benchKpiRules } from './kpi-rules-bench';
import { benchKpiReminders } from './kpi-reminders-bench';
import { benchJiraFirstRender } from './jira-first-render-bench';

/**
 * `npm run bench`: every performance budget, measured and printed as one table. Exits non-zero
 * when a measurement is over its budget, so a regression is seen without reading the table.
 */
async function main(): Promise<void> {
  const sections: Array<[string, () => Promise<BenchRow[]>]> = [
    ['importer', benchImport],
    ['Custom UI bundles', benchBundle],
    ['macro first render', benchFirstRender],
    ['KPI first render at scale', benchKpiFirstRender],
    ['first render with linked Jira actions', benchJiraFirstRender],
    ['KPI feed webtrigger', benchKpiFeed],
    ['KPI rules', benchKpiRules],
    ['KPI daily run, 1,000 cards × 10 KPIs, quota mode', benchKpiReminders],
  ];
  const rows: Array<BenchRow & { section: string }> = [];
  for (const [section, run] of sections) {
    for (const row of await run()) rows.push({ section, ...row });
  }
  const table = rows.map((row) => ({
    section: row.section,
    measurement: row.name,
    value: `${row.value} ${row.unit}`,
    budget: row.budget === undefined ? '' : `≤ ${row.budget} ${row.unit}`,
    verdict: row.budget === undefined ? '' : row.value <= row.budget ? 'ok' : 'OVER',
  }));
  console.table(table);
  const over = table.filter((row) => row.verdict === 'OVER');
  if (over.length > 0) {
    console.error(`${over.length} measurement(s) over budget.`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
