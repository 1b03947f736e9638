import { describe, expect, it } from 'vitest';
import { POST as checkPath } from '@/app/api/governance/check-path/route';
import { POST as reauthorize } from '@/app/api/governance/grants/[id]/reauthorize/route';
import { POST as revoke } from '@/app/api/governance/grants/[id]/revoke/route';
import { GET as listGrantsRoute, POST as issue } from '@/app/api/governance/grants/route';
import { countedRefusals } from '@/lib/audit/count-refusal';
import { verifyAuditChain } from '@/lib/audit/verify-audit-chain';
import { SCOPES } from '@/lib/auth/scopes';
import { getDb } from '@/lib/db/client';
import { callRoute, ownerHeaders, problemDetail } from '@/test/session';
import { hashGrantToken } from './grant-token';
import { setAuditWriterForTests } from './guarded-audit';

type Issued = {
  grant: { id: string; scopes: string[]; expiresAt: string; renewedFromId: string | null };
  token: string;
  unusedScopes?: string[];
};
const json = { 'content-type': 'application/json' };

async function issueGrant(body: object): Promise<Response> {
  return callRoute(issue, '/api/governance/grants', {
    method: 'POST',
    headers: { ...(await ownerHeaders()), ...json },
    body: JSON.stringify(body),
  });
}
const asAgent = (token: string, path: string, url = '/api/governance/check-path') =>
  callRoute(checkPath, url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, ...json },
    body: JSON.stringify({ path }),
  });

describe('permission grants through the API', () => {
  it('issues a grant whose token is shown once and stored only as a hash; default 90 days', async () => {
    const res = await issueGrant({
      subjectKind: 'agent',
      subject: 'reviewer',
      scopes: ['staging:write'],
      resources: ['_active/**'],
    });
    expect(res.status).toBe(201);
    const { grant, token } = (await res.json()) as Issued;
    expect(token).toMatch(/^bdy_/);
    const days = (new Date(grant.expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89.9);
    expect(days).toBeLessThanOrEqual(90);
    const db = await getDb();
    const row = await db.permissionGrant.findUniqueOrThrow({ where: { id: grant.id } });
    expect(row.tokenHash).toBe(hashGrantToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    const listed = await (
      await callRoute(listGrantsRoute, '/api/governance/grants', { headers: await ownerHeaders() })
    ).text();
    expect(listed).not.toContain(token);
    expect(await db.auditEvent.count({ where: { action: 'grants.issue', grantId: grant.id } })).toBe(1);
  }, 60_000);

  it('issues a grant holding every scope (its issue event records them all)', async () => {
    const res = await issueGrant({ subjectKind: 'agent', subject: 'everything', scopes: [...SCOPES] });
    expect(res.status).toBe(201);
    const { grant } = (await res.json()) as Issued;
    const db = await getDb();
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'grants.issue', grantId: grant.id } });
    expect(event.scope?.split(' ')).toEqual([...SCOPES]);
  });

  it('refuses 91 days, unknown scopes and staging:approve with field errors', async () => {
    const long = await issueGrant({ subjectKind: 'agent', subject: 'a', scopes: ['staging:read'], days: 91 });
    expect(long.status).toBe(400);
    expect(JSON.stringify(await long.json())).toContain('at most 90 days');
    for (const scope of ['staging:approve', 'root:all']) {
      const bad = await issueGrant({ subjectKind: 'agent', subject: 'a', scopes: [scope] });
      expect(bad.status).toBe(400);
      const problem = (await bad.json()) as { errors: Record<string, string[]> };
      expect(problem.errors['scopes.0']?.[0]).toContain(`"${scope}" is not a scope`);
    }
    expect(await (await getDb()).permissionGrant.count({ where: { subject: 'a' } })).toBe(0);
  });

  it('checks scope and resource on every agent call and audits use and denial', async () => {
    const { token, grant } = (await (
      await issueGrant({
        subjectKind: 'job',
        subject: 'nightly',
        scopes: ['staging:write'],
        resources: ['_active/shop/**'],
      })
    ).json()) as Issued;
    const ok = await asAgent(token, '_active/shop/src/a.ts');
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ allowed: true, layer: '_active' });
    const outside = await asAgent(token, '_governance/policy.md');
    expect(outside.status).toBe(403);
    expect(await problemDetail(outside)).toContain('may not touch "_governance/policy.md"');
    const sneaky = await asAgent(token, '_active/shop/../../_governance/policy.md');
    expect(sneaky.status).toBe(403);
    const db = await getDb();
    const row = await db.permissionGrant.findUniqueOrThrow({ where: { id: grant.id } });
    expect(row.useCount).toBe(1);
    expect(row.lastUsedAt).not.toBeNull();
    const events = await db.auditEvent.findMany({ where: { grantId: grant.id }, orderBy: { seq: 'asc' } });
    expect(events.map((e) => [e.action, e.decision, e.resource, e.layer])).toEqual([
      ['grants.issue', 'allowed', '_active/shop/**', null],
      ['grants.use', 'allowed', '_active/shop/src/a.ts', '_active'],
      ['grants.deny', 'denied', '_governance/policy.md', '_governance'],
      ['grants.deny', 'denied', '_active/shop/../../_governance/policy.md', '_governance'],
    ]);
  });

  it('an agent token cannot issue grants (owner only) or use a scope it lacks; both denials are audited', async () => {
    const { token } = (await (
      await issueGrant({ subjectKind: 'agent', subject: 'reader', scopes: ['staging:read'] })
    ).json()) as Issued;
    const mint = await callRoute(issue, '/api/governance/grants', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, ...json },
      body: JSON.stringify({ subjectKind: 'agent', subject: 'x', scopes: ['staging:write'] }),
    });
    expect(mint.status).toBe(403);
    expect((await asAgent(token, '_active/x.ts')).status).toBe(403);
    const denials = await (await getDb()).auditEvent.findMany({ where: { actor: 'agent:reader', decision: 'denied' } });
    expect(denials.map((d) => d.reason)).toEqual(['owner-only endpoint', 'missing scope staging:write']);
  });

  it('refuses revoked and expired tokens, a token in the URL, and an unknown token', async () => {
    const { token, grant } = (await (
      await issueGrant({ subjectKind: 'agent', subject: 'temp', scopes: ['staging:write'] })
    ).json()) as Issued;
    expect((await asAgent(token, '_active/a', `/api/governance/check-path?token=${token}`)).status).toBe(400);
    const revoked = await callRoute(revoke, `/api/governance/grants/${grant.id}/revoke`, {
      method: 'POST',
      headers: { ...(await ownerHeaders()), ...json },
      body: JSON.stringify({ reason: 'job retired' }),
      params: { id: grant.id },
    });
    expect(revoked.status).toBe(200);
    const after = await asAgent(token, '_active/a');
    expect(after.status).toBe(401);
    expect(await problemDetail(after)).toContain('revoked: job retired');
    const second = (await (
      await issueGrant({ subjectKind: 'agent', subject: 'old', scopes: ['staging:write'] })
    ).json()) as Issued;
    await (await getDb()).permissionGrant.update({
      where: { id: second.grant.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await asAgent(second.token, '_active/a');
    expect(expired.status).toBe(401);
    expect(await problemDetail(expired)).toContain('expired');
    expect((await asAgent('bdy_not-a-real-token', '_active/a')).status).toBe(401);
    const db = await getDb();
    expect(await db.auditEvent.count({ where: { action: 'grants.expire', grantId: second.grant.id } })).toBe(1);
    expect(
      await db.auditEvent.count({
        where: { action: 'grants.deny', reason: { in: ['token revoked', 'token expired'] } },
      }),
    ).toBe(2);
    // The unknown token proved nothing about who sent it: counted, not chained.
    expect(await countedRefusals('unknown-token')).toBe(1);
  });

  it('re-authorizes as a new linked 90-day grant, reports unused scopes, and the old token stops working', async () => {
    const first = (await (
      await issueGrant({
        subjectKind: 'container',
        subject: 'gateway',
        scopes: ['staging:write', 'memory:read'],
        days: 5,
      })
    ).json()) as Issued;
    await asAgent(first.token, '_active/a');
    const res = await callRoute(reauthorize, `/api/governance/grants/${first.grant.id}/reauthorize`, {
      method: 'POST',
      headers: { ...(await ownerHeaders()), ...json },
      body: JSON.stringify({ scopes: ['staging:write'] }),
      params: { id: first.grant.id },
    });
    expect(res.status).toBe(201);
    const renewed = (await res.json()) as Issued & { droppedScopes: string[] };
    expect(renewed.unusedScopes).toEqual(['memory:read']);
    expect(renewed.droppedScopes).toEqual(['memory:read']);
    expect(renewed.grant).toMatchObject({ renewedFromId: first.grant.id, scopes: ['staging:write'] });
    expect((await asAgent(first.token, '_active/a')).status).toBe(401);
    expect((await asAgent(renewed.token, '_active/a')).status).toBe(200);
    expect(await (await getDb()).auditEvent.count({ where: { action: 'grants.renew' } })).toBe(1);
  });

  it('denies the call when the audit log cannot be written', async () => {
    const { token, grant } = (await (
      await issueGrant({ subjectKind: 'agent', subject: 'mute', scopes: ['staging:write'] })
    ).json()) as Issued;
    setAuditWriterForTests(async () => {
      throw new Error('disk full');
    });
    try {
      const res = await asAgent(token, '_active/a');
      expect(res.status).toBe(503);
      expect(await problemDetail(res)).toContain('audit log cannot be written');
    } finally {
      setAuditWriterForTests(null);
    }
    expect((await (await getDb()).permissionGrant.findUniqueOrThrow({ where: { id: grant.id } })).useCount).toBe(0);
  });

  it('verify detects an edited audit row', async () => {
    await issueGrant({ subjectKind: 'agent', subject: 'one', scopes: ['jobs:read'] });
    await issueGrant({ subjectKind: 'agent', subject: 'two', scopes: ['jobs:read'] });
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
    const db = await getDb();
    const target = await db.auditEvent.findFirstOrThrow({ where: { action: 'grants.issue', target: 'agent:one' } });
    await db.auditEvent.update({ where: { id: target.id }, data: { decision: 'denied' } });
    expect(await verifyAuditChain()).toMatchObject({ ok: false, brokenAt: target.seq });
  });
});
