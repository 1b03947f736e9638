import { ZodError } from 'zod';
import { log } from '../log';
import { AppError, type FieldErrors, RateLimitedError } from './errors';

/** RFC 9457 problem details: the one error shape of every Buddy API route. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldErrors;
};

const TITLES: Record<number, string> = {
  400: 'Invalid request',
  401: 'Sign-in required',
  403: 'Not allowed',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Request too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
  500: 'Internal error',
  503: 'Service unavailable',
};

export function zodFieldErrors(error: ZodError, prefix?: string): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(root)';
    out[key] = [...(out[key] ?? []), issue.message];
  }
  return out;
}

export function problemResponse(status: number, detail: string, extra: Partial<Problem> = {}, headers?: HeadersInit) {
  const body: Problem = {
    type: `https://buddy.local/problems/${extra.type ?? status}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    ...(extra.errors ? { errors: extra.errors } : {}),
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store', ...headers },
  });
}

export function errorToResponse(error: unknown): Response {
  if (error instanceof ZodError) {
    return problemResponse(400, 'Some fields are invalid.', { type: 'validation', errors: zodFieldErrors(error) });
  }
  if (error instanceof RateLimitedError) {
    return problemResponse(
      429,
      error.message,
      { type: error.code },
      { 'retry-after': String(error.retryAfterSeconds) },
    );
  }
  if (error instanceof AppError && error.status < 500) {
    return problemResponse(error.status, error.message, { type: error.code, errors: error.fieldErrors });
  }
  if (error instanceof AppError) {
    return problemResponse(error.status, error.message, { type: error.code });
  }
  log.error('unhandled error in API route', { error });
  return problemResponse(500, 'Something went wrong on the server. The error has been logged.');
}
