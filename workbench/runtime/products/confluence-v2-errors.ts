import type { ProductResponse } from './product-request';

/** The error body Confluence's v2 API sends: `{ errors: [{ status, code, title, detail }] }`. */
export const v2Error = (status: number, code: string, title: string): ProductResponse => ({
  status,
  body: { errors: [{ status, code, title, detail: null }] },
});
