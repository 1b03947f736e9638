import { encode } from 'next-auth/jwt';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sessionSecret } from './session-secret';
import { sessionEmail } from './session-token';

const request = (token: string) =>
  new Request('http://localhost/api/x', { headers: { cookie: `next-auth.session-token=${token}` } });

afterEach(() => {
  vi.useRealTimers();
});

describe('session cookie verification', () => {
  it('reads the email of a valid token, the same on a second (cached) look', async () => {
    const token = await encode({ token: { email: 'owner@example.com' }, secret: sessionSecret() });
    expect(await sessionEmail(request(token))).toBe('owner@example.com');
    expect(await sessionEmail(request(token))).toBe('owner@example.com');
  });

  it('refuses a token signed with another secret or altered, even next to a cached good one', async () => {
    const good = await encode({ token: { email: 'owner@example.com' }, secret: sessionSecret() });
    await sessionEmail(request(good));
    const foreign = await encode({ token: { email: 'owner@example.com' }, secret: 'some-other-installation' });
    expect(await sessionEmail(request(foreign))).toBeNull();
    const altered = `${good.slice(0, -4)}${good.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
    expect(await sessionEmail(request(altered))).toBeNull();
  });

  it('stops accepting a cached token once it expires', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-01T08:00:00Z'));
    const token = await encode({ token: { email: 'owner@example.com' }, secret: sessionSecret(), maxAge: 60 });
    expect(await sessionEmail(request(token))).toBe('owner@example.com');
    vi.setSystemTime(new Date('2026-11-01T08:02:00Z'));
    expect(await sessionEmail(request(token))).toBeNull();
  });

  it('treats a malformed cookie escape as no session, not an error', async () => {
    expect(await sessionEmail(request('%E0%A4%A'))).toBeNull();
    const good = await encode({ token: { email: 'owner@example.com' }, secret: sessionSecret() });
    const both = new Request('http://localhost/api/x', {
      headers: { cookie: `junk=%E0%A4%A; next-auth.session-token=${good}` },
    });
    expect(await sessionEmail(both)).toBe('owner@example.com');
  });
});
