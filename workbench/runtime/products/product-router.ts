import type { ProductHandler, ProductRequest, ProductResponse, RecordedProductRequest } from './product-request';

/** The parts of a `__forge_fetch__` call that describe a product request. */
export interface FppDescriptor {
  type: 'fpp';
  provider?: string;
  remote?: string;
  accountId?: string;
}

/**
 * Routes `@forge/api` product calls to local stand-ins and records every one of them,
 * answered or not, so tests can hold each request against the official OpenAPI specs.
 */
export class ProductRouter {
  readonly requests: RecordedProductRequest[] = [];
  private readonly handlers: ProductHandler[];

  /** `invokingAccountId` names the user an `api.asUser()` call without an account id acts for. */
  constructor(
    handlers: readonly ProductHandler[] = [],
    private readonly invokingAccountId: () => string | undefined = () => undefined,
  ) {
    this.handlers = [...handlers];
  }

  addHandler(handler: ProductHandler): void {
    this.handlers.push(handler);
  }

  async route(descriptor: FppDescriptor, path: string, init: RequestInit | undefined): Promise<Response> {
    const provider = descriptor.provider ?? 'none';
    const bodyText = await textOf(init?.body);
    const request: ProductRequest = {
      remote: descriptor.remote ?? 'unknown',
      provider,
      accountId: provider === 'user' ? this.userOf(descriptor, path) : descriptor.accountId,
      method: (init?.method ?? 'GET').toUpperCase(),
      path,
      headers: headersOf(init?.headers),
      body: parsed(bodyText),
      bodyText,
    };
    const response = (await this.answer(request)) ?? notFound(request);
    this.requests.push({
      ...request,
      asUser: request.provider === 'user',
      status: response.status,
      responseBody: response.body,
    });
    return toResponse(response);
  }

  // The platform's proxy acts for the invocation's principal; with none there is no one to act for.
  private userOf(descriptor: FppDescriptor, path: string): string {
    const accountId = descriptor.accountId ?? this.invokingAccountId();
    if (accountId === undefined) {
      throw new Error(`api.asUser() was called with no invoking user (${path}); run the function through runInvocation/bindHandler with a principal.`);
    }
    return accountId;
  }

  clear(): void {
    this.requests.length = 0;
  }

  private async answer(request: ProductRequest): Promise<ProductResponse | undefined> {
    for (const handler of this.handlers) {
      if (handler.remote !== request.remote) continue;
      const response = await handler.handle(request);
      if (response !== undefined) return response;
    }
    return undefined;
  }
}

const notFound = (request: ProductRequest): ProductResponse => ({
  status: 404,
  body: {
    statusCode: 404,
    message: `No local stand-in answers ${request.method} ${request.path} on ${request.remote}.`,
  },
});

function headersOf(headers: HeadersInit | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  new Headers(headers).forEach((value, name) => {
    result[name] = value;
  });
  return result;
}

async function textOf(body: BodyInit | null | undefined): Promise<string | undefined> {
  if (body === undefined || body === null) return undefined;
  return typeof body === 'string' ? body : new Response(body).text();
}

function parsed(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function toResponse({ status, body, headers }: ProductResponse): Response {
  const text = body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body);
  return new Response(status === 204 ? null : text, {
    status,
    headers: { ...(typeof body === 'string' || body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
  });
}
