import type { PageContext } from '@shared/bridge';
import { invokeResolver } from '@shared/bridge';
import { ErrorNotice, type ResolverError } from '@shared/error-notice';
import { I18nProvider, useI18n } from '@shared/i18n/i18n-context';
import { LoadingStatus } from '@shared/loading-status';
import { useFirstLoad } from '@shared/use-first-load';
import type { ActionPanelView } from '@src/contracts/action-panel-contracts';
import { useCallback, useEffect, useState } from 'react';
import { CardBlock, KpiBlock, SnapshotKpiBlock } from './card-blocks';
import { RecordBlock } from './record-block';

/** The `jira:issuePanel`: the corrective action or improvement record, and the card and KPI it is about. */
export function ActionPanelApp({ firstLoad }: { firstLoad: { context: Promise<PageContext>; theme: Promise<void> } }) {
  const { context, failed } = useFirstLoad(firstLoad);
  const locale = context?.locale ?? (typeof navigator === 'undefined' ? 'en-GB' : navigator.language);
  return <I18nProvider locale={locale}>{context !== null || failed ? <Panel /> : <LoadingStatus />}</I18nProvider>;
}

type Load = { state: 'loading' } | { state: 'failed'; error: ResolverError } | { state: 'ready'; view: ActionPanelView };

function Panel() {
  const { t } = useI18n();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const fetchView = useCallback(async () => {
    setLoad({ state: 'loading' });
    // The issue is the panel's own (its platform context): the payload names nothing.
    const answer = await invokeResolver('action-panel/view', {});
    setLoad(answer.ok ? { state: 'ready', view: answer.data } : { state: 'failed', error: answer.error });
  }, []);
  useEffect(() => {
    void fetchView();
  }, [fetchView]);

  return (
    <main className="pc-action-panel">
      <h1 className="pc-visually-hidden">{t('panel.title')}</h1>
      {load.state === 'loading' && <LoadingStatus />}
      {load.state === 'failed' && <ErrorNotice error={load.error} title={t('panel.error')} onRetry={() => void fetchView()} />}
      {load.state === 'ready' && <PanelView view={load.view} />}
    </main>
  );
}

function PanelView({ view }: { view: ActionPanelView }) {
  const { t } = useI18n();
  switch (view.state) {
    case 'not-an-action':
      return <p className="pc-action-panel__note">{t('panel.notAnAction')}</p>;
    case 'no-record':
      return (
        <div className="pc-notice">
          <p>{t(view.kind === 'corrective-action' ? 'panel.noRecord.ca' : view.kind === 'improvement' ? 'panel.noRecord.improvement' : 'panel.noRecord.unknown')}</p>
          <p>{t('panel.noRecord.next')}</p>
        </div>
      );
    case 'snapshot':
      return (
        <>
          <div className="pc-notice pc-notice--warning" role="status">
            <p className="pc-notice__title">{t('panel.snapshot.title')}</p>
            <p>{t(`panel.snapshot.${view.reason}`)}</p>
          </div>
          {view.record.snapshot !== null && <SnapshotKpiBlock snapshot={view.record.snapshot} />}
          <RecordBlock record={view.record} />
        </>
      );
    case 'live':
      return (
        <>
          <CardBlock card={view.card} />
          {view.kpi !== null && <KpiBlock kpi={view.kpi} />}
          {view.kpiGone && <p className="pc-action-panel__note">{t('panel.kpi.gone')}</p>}
          <RecordBlock record={view.record} />
        </>
      );
  }
}
