import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/client';
import { callRoute } from '@/test/session';
import { POST } from './route';

const setup = (body: unknown) =>
  callRoute(POST, '/api/setup', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('POST /api/setup', () => {
  it('refuses empty fields with field-level errors and creates nothing', async () => {
    const response = await setup({ email: '', password: '' });
    expect(response.status).toBe(400);
    const problem = await response.json();
    expect(problem.errors.email).toBeDefined();
    expect(problem.errors.password).toEqual(['Use at least 10 characters.']);
    expect(await (await getDb()).owner.count()).toBe(0);
  });

  it('refuses a 2 MB body and creates nothing', async () => {
    const response = await setup({ email: 'a@b.co', password: 'x'.repeat(2 * 1024 * 1024) });
    expect(response.status).toBe(413);
    expect(await (await getDb()).owner.count()).toBe(0);
  });

  it('creates the owner once, then is closed', async () => {
    expect((await setup({ email: 'owner@example.com', password: 'a long password' })).status).toBe(201);
    const again = await setup({ email: 'second@example.com', password: 'a long password' });
    expect(again.status).toBe(409);
    expect(await (await getDb()).owner.count()).toBe(1);
  });
});
