import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { callRoute, ownerHeaders, sessionCookie } from '../../test/session';
import { NotFoundError } from './errors';
import { route } from '../auth/route';

const echo = route(
  {
    params: z.object({ id: z.string().regex(/^\d+$/, 'must be a number') }),
    query: z.object({ verbose: z.enum(['yes', 'no']).optional() }),
    body: z.object({ name: z.string().min(1, 'Name is required.'), count: z.number().int().max(10) }),
    maxBodyBytes: 1024,
    output: z.object({ id: z.string(), verbose: z.enum(['yes', 'no']), name: z.string(), who: z.string() }),
  },
  async ({ params, query, body, principal }) => ({
    id: params.id,
    verbose: query.verbose ?? 'no',
    name: body.name,
    who: principal.kind,
  }),
);

const post = async (body: string, headers: Record<string, string> = {}, url = '/api/echo/7') =>
  callRoute(echo, url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await ownerHeaders()), ...headers },
    body,
    params: { id: url.split('/')[3]?.split('?')[0] ?? '' },
  });

describe('route wrapper', () => {
  it('passes typed, parsed input to the handler', async () => {
    const response = await post(JSON.stringify({ name: 'Ada', count: 3 }), {}, '/api/echo/7?verbose=yes');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: '7', verbose: 'yes', name: 'Ada', who: 'owner' });
  });

  it('answers 401 problem+json without a session, and with a forged one', async () => {
    for (const cookie of [undefined, 'next-auth.session-token=forged', await sessionCookie('nobody@example.com')]) {
      const response = await callRoute(echo, '/api/echo/7', {
        method: 'POST',
        headers: cookie ? { cookie } : {},
        body: '{}',
        params: { id: '7' },
      });
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect((await response.json()).title).toBe('Sign-in required');
    }
  });

  it('reports every invalid field by name', async () => {
    const response = await post(JSON.stringify({ name: '', count: 11.5 }), {}, '/api/echo/x?verbose=maybe');
    expect(response.status).toBe(400);
    const problem = await response.json();
    expect(Object.keys(problem.errors)).toEqual(['params.id']);
    const body = await post(JSON.stringify({ name: '', count: 11.5 }));
    expect((await body.json()).errors).toMatchObject({ name: ['Name is required.'], count: expect.any(Array) });
  });

  it('refuses bodies over the limit, invalid JSON and other media types', async () => {
    const big = await post(JSON.stringify({ name: 'x'.repeat(2000), count: 1 }));
    expect(big.status).toBe(413);
    const broken = await post('{"name": ');
    expect(broken.status).toBe(400);
    expect((await broken.json()).detail).toBe('The request body is not valid JSON.');
    const form = await post('name=x', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
  });

  it('refuses credentials in the URL', async () => {
    const response = await post(JSON.stringify({ name: 'Ada', count: 1 }), {}, '/api/echo/7?access_token=abc');
    expect(response.status).toBe(400);
    expect((await response.json()).detail).toMatch(/Authorization header/);
  });

  it('maps typed domain errors to their status and hides unexpected ones', async () => {
    const missing = route({}, async () => {
      throw new NotFoundError('No staged item with id abc.');
    });
    const crash = route({}, async () => {
      throw new Error('database password is hunter2');
    });
    const headers = await ownerHeaders();
    const notFound = await callRoute(missing, '/api/x', { headers });
    expect(notFound.status).toBe(404);
    expect((await notFound.json()).detail).toBe('No staged item with id abc.');
    const internal = await callRoute(crash, '/api/x', { headers });
    expect(internal.status).toBe(500);
    expect(await internal.text()).not.toContain('hunter2');
  });

  it('sends the declared status with the data, and route tests hold each reply to the output schema', async () => {
    const output = z.object({ id: z.string(), at: z.date() });
    const create = route({ status: 201, output }, async () => ({ id: 'a1', at: new Date(0) }));
    const headers = await ownerHeaders();
    const created = await callRoute(create, '/api/things', { method: 'POST', headers });
    expect(created.status).toBe(201);
    expect(await created.json()).toEqual({ id: 'a1', at: '1970-01-01T00:00:00.000Z' });
    // A handler whose reply strays from its schema (a cast defeats the compiler's check) fails the test that calls it.
    const stray = route({ output }, async () => ({ id: 7 }) as unknown as z.input<typeof output>);
    await expect(callRoute(stray, '/api/things', { headers })).rejects.toThrow(
      /output schema refuses: .*\/id must be string/,
    );
    const undeclared = route({}, async () => ({ id: 'a1' }));
    await expect(callRoute(undeclared, '/api/things', { headers })).rejects.toThrow(/declares no output schema/);
  });
});

describe('route wrapper: cross-site requests with the session cookie', () => {
  const touch = route({ output: z.object({ touched: z.boolean() }) }, async () => ({ touched: true }));
  let cookie = '';
  beforeAll(async () => {
    cookie = (await ownerHeaders()).cookie ?? '';
  });
  const call = (method: string, headers: Record<string, string>) =>
    callRoute(touch, '/api/touch', { method, headers: { cookie, ...headers } });

  it('refuses a foreign or missing origin on state-changing methods, not on reads', async () => {
    const json = { 'content-type': 'application/json' };
    for (const method of ['POST', 'PATCH', 'PUT', 'DELETE']) {
      expect((await call(method, { ...json, origin: 'http://localhost:5051' })).status).toBe(403);
      expect((await call(method, { ...json, origin: 'null' })).status).toBe(403);
      expect((await call(method, json)).status).toBe(403);
      expect((await call(method, { ...json, 'sec-fetch-site': 'same-site' })).status).toBe(403);
      expect((await call(method, { ...json, origin: 'http://localhost:5050' })).status).toBe(200);
      expect((await call(method, { ...json, 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    }
    expect((await call('GET', { origin: 'http://evil.test' })).status).toBe(200);
  });

  it('wants a JSON content type even with no body', async () => {
    const origin = { origin: 'http://localhost:5050' };
    expect((await call('POST', origin)).status).toBe(415);
    expect((await call('POST', { ...origin, 'content-type': 'text/plain' })).status).toBe(415);
    expect((await call('POST', { ...origin, 'content-type': 'application/jsonx' })).status).toBe(415);
    expect((await call('POST', { ...origin, 'content-type': 'application/json; charset=utf-8' })).status).toBe(200);
  });

  it('leaves bearer-token callers alone (a browser never attaches those cross-site)', async () => {
    const open = route({ access: 'public', output: z.object({ who: z.string() }) }, async ({ principal }) => ({
      who: principal?.kind ?? 'nobody',
    }));
    const response = await callRoute(open, '/api/open', { method: 'POST' });
    expect(await response.json()).toEqual({ who: 'nobody' });
  });
});
