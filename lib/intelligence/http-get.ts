/**
 * A careful GET for feeds and catalogs: conditional validators, a byte cap, a time budget and a
 * bounded number of redirects (followed by hand so each hop is counted and resolved).
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

export type HttpGetResult = {
  status: number;
  url: string;
  headers: Headers;
  body: Buffer;
};

export class HttpGetError extends Error {
  constructor(
    message: string,
    readonly kind: 'timeout' | 'too-large' | 'too-many-redirects' | 'network',
  ) {
    super(message);
  }
}

async function readCapped(response: Response, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes)
    throw new HttpGetError(`Response is ${declared} bytes; the limit is ${maxBytes}.`, 'too-large');
  const chunks: Buffer[] = [];
  let size = 0;
  if (!response.body) return Buffer.alloc(0);
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new HttpGetError(`Response exceeds the limit of ${maxBytes} bytes.`, 'too-large');
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

export async function httpGet(url: string, options: HttpGetOptions = {}): Promise<HttpGetResult> {
  const { maxBytes = 5 * 1024 * 1024, timeoutMs = 15_000, maxRedirects = 5 } = options;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const headers: Record<string, string> = {
    'user-agent': 'Buddy/0.1 (+self-hosted)',
    accept: '*/*',
    ...options.headers,
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      const response = await fetch(current, { headers, redirect: 'manual', signal });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && response.status !== 304 && location) {
        await response.body?.cancel();
        if (hop >= maxRedirects) throw new HttpGetError(`More than ${maxRedirects} redirects.`, 'too-many-redirects');
        current = new URL(location, current).toString();
        continue;
      }
      return {
        status: response.status,
        url: current,
        headers: response.headers,
        body: await readCapped(response, maxBytes),
      };
    }
  } catch (error) {
    if (error instanceof HttpGetError) throw error;
    if (timeout.aborted) throw new HttpGetError(`No complete answer within ${timeoutMs} ms.`, 'timeout');
    throw new HttpGetError(`Request failed: ${(error as Error).message}`, 'network');
  }
}
