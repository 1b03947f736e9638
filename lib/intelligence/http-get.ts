import { type GuardedResponse, GuardedFetchError, guardedGet } from '../net/guarded-fetch';

/**
 * A conditional GET for feeds and catalogs over the guarded fetch (lib/net/guarded-fetch.ts): internal
 * addresses refused on every hop, a byte cap, a time budget and a bounded number of redirects.
 */
export type HttpGetOptions = {
  etag?: string | null;
  lastModified?: string | null;
  headers?: Record<string, string>;
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
  signal?: AbortSignal;
};

export type HttpGetResult = GuardedResponse;
export { GuardedFetchError as HttpGetError };

export function httpGet(url: string, options: HttpGetOptions = {}): Promise<HttpGetResult> {
  const { etag, lastModified, ...rest } = options;
  const headers: Record<string, string> = { ...options.headers };
  if (etag) headers['if-none-match'] = etag;
  if (lastModified) headers['if-modified-since'] = lastModified;
  return guardedGet(url, { ...rest, headers });
}
