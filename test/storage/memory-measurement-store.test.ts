import { MemoryMeasurementStore } from '../../src/adapters/memory/memory-measurement-store';
import { MemoryAuditLog } from '../../src/adapters/memory/memory-audit-log';
import { describeMeasurementStoreContract } from './measurement-store-contract';

describeMeasurementStoreContract('in memory', () => {
  const audit = new MemoryAuditLog();
  return { store: new MemoryMeasurementStore(audit), audit };
});
