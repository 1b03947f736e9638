import { describe, expect, it } from 'vitest';
import { GET as depths } from '@/app/api/jobs/queues/route';
import { issueGrant } from '@/lib/governance/grants/issue-grant';
import { callRoute, problemDetail } from '@/test/session';
import { enqueue } from './queues';

const asAgent = async (scopes: ('jobs:read' | 'staging:read')[]) => {
  const { token } = await issueGrant({ subjectKind: 'agent', subject: 'gateway', scopes }, 'owner:owner@example.com');
  return callRoute(depths, '/api/jobs/queues', { headers: { authorization: `Bearer ${token}` } });
};

describe('GET /api/jobs/queues', () => {
  it('counts waiting and delayed jobs per queue on the real Redis (this file has its own prefix)', async () => {
    await enqueue('system.heartbeat', { reason: 'manual' });
    await enqueue('system.heartbeat', { reason: 'manual' });
    await enqueue('system.heartbeat', { reason: 'manual' }, { delay: 3_600_000 });
    const res = await asAgent(['jobs:read']);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      queues: [
        { queue: 'system', waiting: 2, active: 0, delayed: 1, failed: 0, paused: false },
        { queue: 'jobs', waiting: 0, active: 0, delayed: 0, failed: 0, paused: false },
      ],
    });
  });

  it('refuses a grant without jobs:read', async () => {
    const res = await asAgent(['staging:read']);
    expect(res.status).toBe(403);
    expect(await problemDetail(res)).toBe('This token lacks the scope "jobs:read".');
  });
});
