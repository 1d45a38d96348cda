import type Resolver from '@forge/resolver';
import {
  GetKpiHistoryPayload,
  GetKpiSettingsPayload,
  KPI_RESOLVER_KEYS,
  RecordMeasurementPayload,
  RotateFeedSecretPayload,
  SaveKpiSettingsPayload,
  WithdrawMeasurementPayload,
} from '../../contracts/kpi-contracts';
import type { AppUseCases } from '../compose-use-cases';
import type { Logger } from '../../core/ports/logger';
import { macroContextFrom } from '../resolver-context';
import { parsePayload, runResolver } from '../run-resolver';

/** The KPI functions of the macro module: history, entering and withdrawing values, KPI settings and the feed secret. */
export function defineKpiResolvers(resolver: Resolver, useCases: AppUseCases, logger: Logger): void {
  const { getKpiHistory, recordMeasurement, withdrawMeasurement, getKpiSettings, saveKpiSettings, rotateFeedSecret } = KPI_RESOLVER_KEYS;

  resolver.define(getKpiHistory, ({ payload, context }) =>
    runResolver(getKpiHistory, logger, async () => useCases.kpiHistory(macroContextFrom(context), parsePayload(GetKpiHistoryPayload, payload))),
  );
  resolver.define(recordMeasurement, ({ payload, context }) =>
    runResolver(recordMeasurement, logger, async () =>
      useCases.measurements.record(macroContextFrom(context), parsePayload(RecordMeasurementPayload, payload)),
    ),
  );
  resolver.define(withdrawMeasurement, ({ payload, context }) =>
    runResolver(withdrawMeasurement, logger, async () =>
      useCases.measurements.withdraw(macroContextFrom(context), parsePayload(WithdrawMeasurementPayload, payload)),
    ),
  );
  resolver.define(getKpiSettings, ({ payload, context }) =>
    runResolver(getKpiSettings, logger, async () => useCases.kpiSettings.get(macroContextFrom(context), parsePayload(GetKpiSettingsPayload, payload))),
  );
  resolver.define(saveKpiSettings, ({ payload, context }) =>
    runResolver(saveKpiSettings, logger, async () => useCases.kpiSettings.save(macroContextFrom(context), parsePayload(SaveKpiSettingsPayload, payload))),
  );
  resolver.define(rotateFeedSecret, ({ payload, context }) =>
    runResolver(rotateFeedSecret, logger, async () =>
      useCases.kpiSettings.rotateSecret(macroContextFrom(context), parsePayload(RotateFeedSecretPayload, payload)),
    ),
  );
}
