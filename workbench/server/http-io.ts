import type { IncomingMessage, ServerResponse } from 'node:http';

/** A request body over the route's limit; the body is not read any further. */
export class BodyTooLarge extends Error {}

/** Far above any request Forge would take; beyond it the body is not even read. */
export const MAX_JSON_BODY_BYTES = 16_000_000;

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  sendEncodedJson(response, status, JSON.stringify(body));
}

export function sendEncodedJson(response: ServerResponse, status: number, encoded: string): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(encoded);
}

/** The body as bytes, refusing it (BodyTooLarge) as soon as it passes `limit`. */
export async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge(`The request body is over ${limit} bytes.`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The JSON body; `{}` when empty, undefined when it is not JSON. */
export async function readJson(request: IncomingMessage): Promise<unknown> {
  const text = (await readBody(request, MAX_JSON_BODY_BYTES)).toString('utf8');
  if (text === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
