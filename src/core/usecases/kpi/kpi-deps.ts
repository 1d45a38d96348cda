import type { Clock } from '../../ports/clock';
import type { KpiRecordsReader } from '../../ports/kpi-records';
import type { Logger } from '../../ports/logger';
import type { MeasurementStore } from '../../ports/measurement-store';
import type { PagePermissions } from '../../ports/page-permissions';
import type { PeopleDirectory } from '../../ports/people-directory';

/** What the KPI use cases need from the outside world. */
export interface KpiDeps {
  records: KpiRecordsReader;
  measurements: MeasurementStore;
  permissions: PagePermissions;
  directory: PeopleDirectory;
  clock: Clock;
  newAuditSuffix: () => string;
  logger: Logger;
}
