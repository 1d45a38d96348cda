import type { Kpi } from '../card/process-card';
import type { KpiDigest } from './kpi-types';
import { periodKindOf } from './kpi-period';

/** What the summary keeps of a KPI's definition (see KpiDigest). */
export function kpiDigest(kpi: Kpi): KpiDigest {
  return {
    name: kpi.name,
    kind: periodKindOf(kpi),
    ...(kpi.ownerRoleId === undefined ? {} : { ownerRoleId: kpi.ownerRoleId }),
    unit: kpi.unit,
    direction: kpi.direction,
    ...(kpi.frequencyCode === undefined ? {} : { frequencyCode: kpi.frequencyCode }),
    target: kpi.target,
    ...(kpi.targetParsed === undefined ? {} : { targetParsed: kpi.targetParsed }),
    warningThreshold: kpi.warningThreshold,
    ...(kpi.warningParsed === undefined ? {} : { warningParsed: kpi.warningParsed }),
  };
}

/** A KPI rebuilt from its digest: enough to judge values and periods, nothing of the card's prose. */
export function kpiFromDigest(kpiId: string, digest: KpiDigest): Kpi {
  return {
    id: kpiId,
    name: digest.name,
    formula: '',
    unit: digest.unit,
    direction: digest.direction,
    target: digest.target,
    ...(digest.targetParsed === undefined ? {} : { targetParsed: digest.targetParsed }),
    warningThreshold: digest.warningThreshold,
    ...(digest.warningParsed === undefined ? {} : { warningParsed: digest.warningParsed }),
    frequency: '',
    ...(digest.frequencyCode === undefined ? {} : { frequencyCode: digest.frequencyCode }),
    owner: '',
    ...(digest.ownerRoleId === undefined ? {} : { ownerRoleId: digest.ownerRoleId }),
    dataSource: '',
  };
}
