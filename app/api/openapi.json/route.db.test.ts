import { describe, expect, it } from 'vitest';
import { issueGrant } from '@/lib/governance/grants/issue-grant';
import { callRoute } from '@/test/session';
import { GET } from './route';

describe('GET /api/openapi.json', () => {
  it('answers any valid agent token (whatever its scopes) and refuses an anonymous caller', async () => {
    const { token } = await issueGrant(
      { subjectKind: 'agent', subject: 'gateway', scopes: ['drift:read'] },
      'owner:owner@example.com',
    );
    const ok = await callRoute(GET, '/api/openapi.json', { headers: { authorization: `Bearer ${token}` } });
    expect(ok.status).toBe(200);
    const document = (await ok.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe('3.1.0');
    expect(document.paths).toHaveProperty(['/api/staging/{id}/approve']);
    expect((await callRoute(GET, '/api/openapi.json')).status).toBe(401);
  });
});
