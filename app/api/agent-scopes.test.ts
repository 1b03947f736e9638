import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/client';
import { agentHeaders, callRoute, problemDetail } from '@/test/session';
import { GET as containerLogs } from './containers/[name]/logs/route';
import { POST as restart } from './containers/[name]/restart/route';
import { POST as stop } from './containers/[name]/stop/route';
import { GET as secrets } from './governance/secrets/route';
import { POST as pause } from './jobs/[id]/pause/route';
import { POST as resume } from './jobs/[id]/resume/route';

/**
 * The routes the skills call with the gateway's agent grant accept their scopes, and only those:
 * the refusals below are answered before any Docker, Redis or file work starts.
 */

describe('agent scopes on the routes the skills use', () => {
  it('secrets:read lists secret files (names only) and nothing less will do', async () => {
    const ok = await callRoute(secrets, '/api/governance/secrets', { headers: await agentHeaders(['secrets:read']) });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toHaveProperty('files');
    const refused = await callRoute(secrets, '/api/governance/secrets', {
      headers: await agentHeaders(['drift:read']),
    });
    expect(refused.status).toBe(403);
    expect(await problemDetail(refused)).toBe('This token lacks the scope "secrets:read".');
  });

  it('container routes need containers:read, restart needs containers:restart, stop stays with the owner', async () => {
    const reader = await agentHeaders(['containers:read']);
    const params = { params: { name: 'buddy-worker' } };
    expect(
      await problemDetail(
        await callRoute(containerLogs, '/api/containers/buddy-worker/logs', {
          ...params,
          headers: await agentHeaders(['jobs:read']),
        }),
      ),
    ).toBe('This token lacks the scope "containers:read".');
    expect(
      await problemDetail(
        await callRoute(restart, '/api/containers/buddy-worker/restart', {
          ...params,
          method: 'POST',
          headers: reader,
        }),
      ),
    ).toBe('This token lacks the scope "containers:restart".');
    const both = await agentHeaders(['containers:read', 'containers:restart']);
    expect(
      await problemDetail(
        await callRoute(stop, '/api/containers/buddy-worker/stop', { ...params, method: 'POST', headers: both }),
      ),
    ).toBe('Only the owner can do this.');
  });

  it('jobs:pause may pause but never resume; jobs:run alone may not pause', async () => {
    const params = { method: 'POST', params: { id: 'infra-health' } };
    expect(
      await problemDetail(
        await callRoute(pause, '/api/jobs/infra-health/pause', {
          ...params,
          headers: await agentHeaders(['jobs:run']),
        }),
      ),
    ).toBe('This token lacks the scope "jobs:pause".');
    const pauser = await agentHeaders(['jobs:pause']);
    const paused = await callRoute(pause, '/api/jobs/infra-health/pause', { ...params, headers: pauser });
    expect(paused.status).toBe(200);
    expect((await (await getDb()).jobDefinition.findUniqueOrThrow({ where: { id: 'infra-health' } })).enabled).toBe(
      false,
    );
    expect(
      await problemDetail(await callRoute(resume, '/api/jobs/infra-health/resume', { ...params, headers: pauser })),
    ).toBe('Only the owner can do this.');
  });
});
