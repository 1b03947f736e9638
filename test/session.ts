import { encode } from 'next-auth/jwt';
import { createOwner } from '../lib/auth/owner';
import type { Scope } from '../lib/auth/scopes';
import { sessionSecret } from '../lib/auth/session-secret';
import { issueGrant } from '../lib/governance/grants/issue-grant';
import { assertReplyMatchesRoute } from './openapi-reply';

/** A real next-auth session cookie for `email`, as the browser would send it after signing in. */
export async function sessionCookie(email: string): Promise<string> {
  const token = await encode({ token: { email, sub: email }, secret: sessionSecret() });
  return `next-auth.session-token=${token}`;
}

/** Where callRoute sends requests; the dashboard's own pages have this origin. */
export const TEST_ORIGIN = 'http://localhost:5050';

/**
 * Creates the owner (once per test file) and returns headers that carry the owner's session, as the
 * dashboard sends them: same origin and a JSON content type (the API's CSRF check wants both).
 */
export async function ownerHeaders(email = 'owner@example.com'): Promise<Record<string, string>> {
  await createOwner({ email, password: 'correct horse battery' }).catch(() => undefined);
  return { cookie: await sessionCookie(email), origin: TEST_ORIGIN, 'content-type': 'application/json' };
}

/** Headers of an agent holding a fresh grant for `scopes` (issued by the owner), as the gateway sends them. */
export async function agentHeaders(scopes: Scope[], subject = 'gateway'): Promise<Record<string, string>> {
  const { token } = await issueGrant({ subjectKind: 'agent', subject, scopes }, 'owner:owner@example.com');
  return { authorization: `Bearer ${token}` };
}

/** The `detail` of an application/problem+json reply: what the person or agent is told. */
export async function problemDetail(res: Response): Promise<string> {
  return ((await res.json()) as { detail: string }).detail;
}

type RouteHandler = (
  request: Request,
  context: { params: Promise<Record<string, string | string[]>> },
) => Promise<Response>;
type CallInit = RequestInit & { params?: Record<string, string | string[]> };

/** Calls a route handler exported by an app/api route.ts file the way Next does, and nothing more (benchmarks time this). */
export async function invokeRoute(handler: RouteHandler, url: string, init: CallInit = {}) {
  const { params = {}, ...rest } = init;
  const request = new Request(new URL(url, TEST_ORIGIN), rest);
  return { request, response: await handler(request, { params: Promise.resolve(params) }) };
}

/** invokeRoute for tests: a successful JSON reply must match the route's output schema, or the call throws. */
export async function callRoute(handler: RouteHandler, url: string, init: CallInit = {}): Promise<Response> {
  const { request, response } = await invokeRoute(handler, url, init);
  await assertReplyMatchesRoute(handler, request, response);
  return response;
}
