import { openExternal } from '@shared/bridge';
import { formatIsoDate } from '@shared/format-date';
import { useI18n } from '@shared/i18n/i18n-context';
import type { KpiSnapshot, KpiStatus, PanelCard, PanelKpi } from '@src/contracts/action-panel-contracts';

/** The card the action is about: its title, its owner, and its page (opened by the platform's router, never by the iframe itself). */
export function CardBlock({ card }: { card: PanelCard }) {
  const { t } = useI18n();
  const owners = card.owner === null ? [] : [...card.owner.people, ...card.owner.groups];
  return (
    <section className="pc-action-panel__block" aria-labelledby="pc-panel-card">
      <h2 id="pc-panel-card" className="pc-action-panel__heading">{t('panel.card.heading')}</h2>
      <p className="pc-action-panel__title">{card.title}</p>
      {card.owner !== null && (
        <p>
          {t('panel.card.owner')} ({card.owner.roleName}): {owners.length === 0 ? t('panel.card.ownerNone') : owners.join(', ')}
        </p>
      )}
      {card.pageUrl !== null && (
        <a
          href={card.pageUrl}
          onClick={(event) => {
            event.preventDefault();
            void openExternal(card.pageUrl!);
          }}
        >
          {t('panel.card.open')}
        </a>
      )}
    </section>
  );
}

/** The KPI now: target, latest value, status in words, the trend before and since the action, and its escalation history. */
export function KpiBlock({ kpi }: { kpi: PanelKpi }) {
  const { t, locale } = useI18n();
  const latest = kpi.values.at(-1);
  return (
    <section className="pc-action-panel__block" aria-labelledby="pc-panel-kpi">
      <h2 id="pc-panel-kpi" className="pc-action-panel__heading">
        {t('panel.kpi.heading')}: {kpi.name}
      </h2>
      <dl className="pc-action-panel__facts">
        <dt>{t('panel.kpi.target')}</dt>
        <dd>{kpi.target}</dd>
        <dt>{t('panel.kpi.latest')}</dt>
        <dd>{latest === undefined ? t('panel.kpi.none') : `${formatValue(latest.value, locale)} ${kpi.unit} (${latest.periodKey})`}</dd>
        <dt>{t('panel.kpi.status')}</dt>
        <dd>
          <StatusLozenge status={kpi.status} />
        </dd>
        <dt>{t('panel.kpi.trendBefore')}</dt>
        <dd>{t(`kpi.trend.${kpi.trend.before}`)}</dd>
        <dt>{t('panel.kpi.trendAfter')}</dt>
        <dd>{t(`kpi.trend.${kpi.trend.after}`)}</dd>
      </dl>
      <ValueList values={kpi.values} unit={kpi.unit} />
      <h3 className="pc-action-panel__subheading">{t('kpi.levels.heading')}</h3>
      {kpi.escalations.length === 0 ? (
        <p className="pc-action-panel__note">{t('kpi.levels.none')}</p>
      ) : (
        <ul className="pc-action-panel__list">
          {kpi.escalations.map((change) => (
            <li key={`${change.at}-${change.to}`}>
              {formatIsoDate(change.at.slice(0, 10), locale)}: {t('kpi.levels.change', { from: t(`kpi.level.${change.from}`), to: t(`kpi.level.${change.to}`) })}
              {change.periodKey !== null && ` ${t('kpi.levels.for', { period: change.periodKey })}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The KPI as the record's snapshot keeps it: no trend (the snapshot has no direction), no history. */
export function SnapshotKpiBlock({ snapshot }: { snapshot: KpiSnapshot }) {
  const { t, locale } = useI18n();
  const latest = snapshot.values.at(-1);
  return (
    <section className="pc-action-panel__block" aria-labelledby="pc-panel-kpi">
      <h2 id="pc-panel-kpi" className="pc-action-panel__heading">
        {t('panel.kpi.heading')}: {snapshot.name}
      </h2>
      <p className="pc-action-panel__note">{t('panel.kpi.snapshotAt', { date: formatIsoDate(snapshot.takenAt.slice(0, 10), locale) })}</p>
      <dl className="pc-action-panel__facts">
        <dt>{t('panel.kpi.target')}</dt>
        <dd>{snapshot.target}</dd>
        <dt>{t('panel.kpi.latest')}</dt>
        <dd>{latest === undefined ? t('panel.kpi.none') : `${formatValue(latest.value, locale)} ${snapshot.unit} (${latest.periodKey})`}</dd>
        <dt>{t('panel.kpi.status')}</dt>
        <dd>
          <StatusLozenge status={snapshot.status} />
        </dd>
      </dl>
      <ValueList values={snapshot.values.map((value) => ({ ...value, afterRaise: false }))} unit={snapshot.unit} />
    </section>
  );
}

function ValueList({ values, unit }: { values: ReadonlyArray<{ periodKey: string; value: number; afterRaise: boolean }>; unit: string }) {
  const { t, locale } = useI18n();
  if (values.length === 0) return null;
  return (
    <>
      <h3 className="pc-action-panel__subheading">{t('panel.kpi.values')}</h3>
      <ul className="pc-action-panel__values">
        {values.map((point) => (
          <li key={point.periodKey} className={point.afterRaise ? 'pc-action-panel__value pc-action-panel__value--after' : 'pc-action-panel__value'}>
            <span>{point.periodKey}</span> <strong>{`${formatValue(point.value, locale)} ${unit}`.trim()}</strong>
            {point.afterRaise && <span className="pc-action-panel__after"> · {t('panel.kpi.afterMark')}</span>}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The status in words on a coloured lozenge: the colour is never the only sign. */
function StatusLozenge({ status }: { status: KpiStatus }) {
  const { t } = useI18n();
  return <span className={`pc-action-panel__lozenge pc-action-panel__lozenge--${status}`}>{t(`kpi.status.${status}`)}</span>;
}

const formatValue = (value: number, locale: string): string => new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(value);
