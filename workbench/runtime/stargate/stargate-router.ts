import type { FppDescriptor } from '../products/product-router';

/** A request to the platform's own APIs (`remote: 'stargate'`), as a local service sees it. */
export interface StargateRequest {
  provider: string;
  method: string;
  /** Exactly as the SDK sent it: @forge/events leaves `{contextAri}`… for the proxy to fill. */
  path: string;
  /** The raw body: both SDKs send JSON text. */
  text: string | undefined;
}

export interface StargateReply {
  status: number;
  /** Sent as JSON; absent for an empty answer. */
  body?: unknown;
}

export interface StargateService {
  serves(path: string): boolean;
  /** Undefined: not this service's request after all (another GraphQL query), left to the product router. */
  handle(request: StargateRequest): StargateReply | undefined;
}

// The SDKs put statusText into their error messages (`Failed to get web trigger URL: Too Many Requests.`).
const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Payload Too Large',
  429: 'Too Many Requests',
};

/**
 * The platform services the SDKs reach through stargate as the app: the async events queue
 * (@forge/events) and webtrigger URLs (@forge/api webTrigger). A request none of them owns,
 * or one made as a user, is not answered here: the product router records it and answers 404.
 */
export class StargateRouter {
  constructor(private readonly services: readonly StargateService[]) {}

  route(descriptor: FppDescriptor, path: string, init: RequestInit | undefined): Response | undefined {
    if (descriptor.provider !== 'app') return undefined;
    const service = this.services.find((candidate) => candidate.serves(path));
    const body = init?.body ?? undefined;
    // Reading a stream would consume it before a fallback to the product router could.
    if (service === undefined || (body !== undefined && typeof body !== 'string')) return undefined;
    const reply = service.handle({ provider: descriptor.provider, method: (init?.method ?? 'GET').toUpperCase(), path, text: body });
    if (reply === undefined) return undefined;
    const empty = reply.body === undefined || reply.status === 204;
    return new Response(empty ? null : JSON.stringify(reply.body), {
      status: reply.status,
      statusText: STATUS_TEXT[reply.status] ?? '',
      headers: empty ? {} : { 'content-type': 'application/json' },
    });
  }
}
