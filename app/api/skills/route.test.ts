import { describe, expect, it } from 'vitest';
import { callRoute, ownerHeaders } from '@/test/session';
import { GET as getOne } from './[name]/route';
import { GET } from './route';

describe('GET /api/skills', () => {
  it('refuses anonymous callers', async () => {
    expect((await callRoute(GET, '/api/skills')).status).toBe(401);
  });

  it('lists the validated library with grants, filters by category and search, and lists the plugins', async () => {
    const headers = await ownerHeaders();
    const all = await (await callRoute(GET, '/api/skills', { headers })).json();
    expect(all.total).toBe(25);
    expect(all.invalid).toBe(0);
    expect(all.extensions.map((e: { id: string }) => e.id)).toEqual([
      'cron-circuit-breaker',
      'governance-enforcement',
      'sandbox-exec',
      'webserver-enforcement',
    ]);
    const video = await (await callRoute(GET, '/api/skills?category=video', { headers })).json();
    expect(video.skills.map((s: { name: string }) => s.name).sort()).toEqual([
      'video-burn-subtitles',
      'video-extract-clip',
      'video-thumbnails',
      'video-transcode',
    ]);
    expect(video.skills[0].scopes).toEqual(['sandbox:exec']);
    const search = await (await callRoute(GET, '/api/skills?q=restart', { headers })).json();
    expect(search.skills.find((s: { name: string }) => s.name === 'deploy-rolling-restart')).toMatchObject({
      ownerOnly: true,
      slashCommand: 'deploy_rolling_restart',
    });
    const bad = await callRoute(GET, '/api/skills?category=nope', { headers });
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors).toHaveProperty('query.category');
  });

  it('returns one skill with its markdown body, 404 for an unknown one', async () => {
    const headers = await ownerHeaders();
    const one = await (
      await callRoute(getOne, '/api/skills/memory-search', { headers, params: { name: 'memory-search' } })
    ).json();
    expect(one.skill.body).toContain('## Done when');
    expect((await callRoute(getOne, '/api/skills/nope', { headers, params: { name: 'nope' } })).status).toBe(404);
  });
});
