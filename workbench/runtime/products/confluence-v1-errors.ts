import type { ProductResponse } from './product-request';

/** The error body Confluence's v1 REST API sends: `{ statusCode, message }`. */
export const v1Error = (status: number, message: string): ProductResponse => ({ status, body: { statusCode: status, message } });
