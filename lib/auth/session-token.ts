import { decode, getToken, type JWT } from 'next-auth/jwt';
import { sessionSecret } from './session-secret';

// next-auth names the cookie with the __Secure- prefix when served over https.
const COOKIE_NAMES = ['__Secure-next-auth.session-token', 'next-auth.session-token'];

function parseCookies(header: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index <= 0) continue;
    const raw = part.slice(index + 1).trim();
    // A malformed escape (`%E0%A4%A`) is a client's junk, not our error: keep the raw text, which no token matches.
    try {
      out[part.slice(0, index).trim()] = decodeURIComponent(raw);
    } catch {
      out[part.slice(0, index).trim()] = raw;
    }
  }
  return out;
}

// Decrypting a session token derives its key with HKDF on Node's thread pool and then decrypts it:
// about a millisecond per API call, more on a loaded machine. A token that decrypted once is the
// same token next time, so its payload is kept until it expires. Keyed by the whole token, which
// only this installation's secret can produce; bounded so a stream of junk cookies cannot grow it.
const verified = new Map<string, { payload: JWT; until: number; secret: string }>();
const MAX_CACHED_TOKENS = 256;
const REVERIFY_AFTER_MS = 10 * 60_000;

async function cachedDecode({ token, secret }: { token?: string; secret: string }): Promise<JWT | null> {
  if (!token) return null;
  const hit = verified.get(token);
  if (hit && hit.secret === secret && hit.until > Date.now()) return hit.payload;
  verified.delete(token);
  const payload = await decode({ token, secret });
  if (!payload) return null;
  const expires = typeof payload.exp === 'number' ? payload.exp * 1000 : 0;
  if (verified.size >= MAX_CACHED_TOKENS) verified.delete(verified.keys().next().value as string);
  verified.set(token, { payload, secret, until: Math.min(expires, Date.now() + REVERIFY_AFTER_MS) });
  return payload;
}

/**
 * The email in the request's session cookie, when the cookie is a valid, unexpired token signed
 * with this installation's secret. Reads the Request itself, so it works in any route handler and
 * in tests without Next's request context.
 */
export async function sessionEmail(request: Request): Promise<string | null> {
  const cookies = parseCookies(request.headers.get('cookie'));
  for (const cookieName of COOKIE_NAMES) {
    if (!Object.keys(cookies).some((name) => name.startsWith(cookieName))) continue;
    // Authorization is left out on purpose: next-auth would otherwise read a bearer token as a session.
    const token = await getToken({
      req: { cookies, headers: {} } as never,
      secret: sessionSecret(),
      cookieName,
      secureCookie: cookieName.startsWith('__Secure-'),
      decode: cachedDecode as never, // next-auth's type allows Buffer secrets; ours is always a string
    });
    if (typeof token?.email === 'string') return token.email;
  }
  return null;
}
