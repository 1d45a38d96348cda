import { AppError } from '../../errors';
import type { AppProperties } from '../../ports/jira-provisioning';
import { emptyProvisionRecord, PROVISION_RECORD_KEY, ProvisionRecord } from '../../capa/provisioning/provision-record';

/** The provisioning record, empty before the first run. */
export async function readProvisionRecord(appProperties: AppProperties): Promise<ProvisionRecord> {
  const stored = await appProperties.get(PROVISION_RECORD_KEY);
  if (stored === null || stored === undefined) return emptyProvisionRecord();
  const parsed = ProvisionRecord.safeParse(stored);
  // A record this app cannot read is never guessed at: the next writes would duplicate what it names.
  if (!parsed.success) throw new AppError('INTERNAL', `The provisioning record (app property ${PROVISION_RECORD_KEY}) cannot be read.`);
  return parsed.data;
}
