import { MemoryCardStore } from '../../src/adapters/memory/memory-card-store';
import { describeCardStoreContract } from './card-store-contract';

describeCardStoreContract('in-memory', () => new MemoryCardStore());
