import type { KvsService } from './kvs/kvs-service';
import type { FppDescriptor, ProductRouter } from './products/product-router';
import type { StargateRouter } from './stargate/stargate-router';

/** The first argument the SDKs pass to `global.__forge_fetch__`. */
export interface ForgeFetchDescriptor {
  type: string;
  provider?: string;
  remote?: string;
  accountId?: string;
}

export type ForgeFetch = (descriptor: ForgeFetchDescriptor, path: string, init?: RequestInit) => Promise<Response>;

/**
 * The transport the SDKs call: `{ type: 'kvs' }` goes to the KVS emulator (with or without
 * provider/remote, depending on whether the runtime names a KVS host), `{ type: 'fpp' }` to the
 * platform's own services when they serve it (stargate: queues, webtrigger URLs), else to the
 * product stand-ins. Anything else fails loudly, since nothing local could answer it truthfully.
 */
export function createForgeFetch(kvs: KvsService, products: ProductRouter, stargate?: StargateRouter): ForgeFetch {
  return async (descriptor, path, init) => {
    if (descriptor.type === 'kvs') {
      const body = init?.body;
      if (body !== undefined && body !== null && typeof body !== 'string') {
        throw new Error('The local KVS emulator expects the JSON string body @forge/kvs sends.');
      }
      const reply = kvs.handle(path, body ?? undefined);
      return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
        status: reply.status,
        headers: {
          'x-trace-id': 'local-forge-runtime',
          ...(reply.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
      });
    }
    if (descriptor.type === 'fpp') {
      const platform = descriptor.remote === 'stargate' ? stargate?.route(descriptor as FppDescriptor, path, init) : undefined;
      return platform ?? products.route(descriptor as FppDescriptor, path, init);
    }
    throw new Error(`The local Forge runtime does not emulate "${descriptor.type}" requests (${path}).`);
  };
}
