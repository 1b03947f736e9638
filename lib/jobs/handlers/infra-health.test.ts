import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_CHANGELOG, makeFixtureRoots } from '../../drift/testing/fixture-roots';
import { catalogHarness } from '../../../test/jobs/catalog-harness';

const h = catalogHarness();
// The drift side reads temp governance/skills/secrets folders and looks for containers by a label no container carries.
let fx: ReturnType<typeof makeFixtureRoots>;
beforeAll(() => {
  fx = makeFixtureRoots(`buddy.role,buddy.healthtest=none-${randomBytes(4).toString('hex')}`);
});
afterAll(() => fx.cleanup());

describe('infra-health: database, Redis, Docker, disk, drift; summarised by the job model', () => {
  it('no drift: the model summarises the collected facts, which stay in the report; nothing staged', async () => {
    h.fake().setReply('All systems are healthy. Nothing needs action tonight.');
    const run = await h.run('infra-health');
    expect(run).toMatchObject({ status: 'succeeded', outputs: 0, provider: 'gateway', tokensIn: 12, tokensOut: 34 });
    expect(run.staged).toHaveLength(0);
    const [headline, , ...facts] = (run.summary ?? '').split('\n');
    expect(headline).toMatch(/^(OK|DEGRADED): All systems are healthy\. Nothing needs action tonight\.$/);
    expect(facts).toEqual(
      expect.arrayContaining([
        'database: ok',
        'redis: ok',
        'drift: No drift: the environment matches governance/architecture.md.',
      ]),
    );
    expect(facts.some((l) => /^disk \(data dir\): \d+\.\d% free/.test(l))).toBe(true);
    // One model call, in the run's own gateway session, with every fact in the versioned prompt.
    expect(run.requests).toHaveLength(1);
    expect(run.requests[0]?.headers['x-openclaw-session-key']).toBe(`buddy:run:${run.id}`);
    expect(run.prompts[0]).toMatch(/^Summarise this infrastructure health report/);
    for (const fact of facts) expect(run.prompts[0]).toContain(fact);
  });

  it('drift: the run stages the drift report itself and says so in its report', async () => {
    fx.addSecret('surprise_token');
    const run = await h.run('infra-health');
    // Staged through the run's context: counted in the run's record like any other output.
    expect(run).toMatchObject({ status: 'succeeded', outputs: 1 });
    expect(run.staged.map((s) => [s.kind, s.createdBy])).toEqual([['drift-report', 'job:infra-health']]);
    expect(run.stagedRecord).toMatchObject([{ id: run.staged[0]?.id, kind: 'drift-report', outcome: 'created' }]);
    expect(run.staged[0]?.body).toContain('surprise_token');
    expect(run.summary).toContain('drift: 1 new drift item(s) staged for review (1 open).');
    expect(run.prompts[0]).toContain('drift: 1 new drift item(s) staged');
  });

  it('without a model provider the checks still run: the report holds the facts and says why there is no summary', async () => {
    const run = await h.run('infra-health', { provider: false });
    expect(run).toMatchObject({ status: 'succeeded', provider: null });
    expect(run.requests).toHaveLength(0);
    expect(run.summary).toMatch(/^(OK|DEGRADED): no model provider configured, so no summary; the facts follow\.\n/);
    expect(run.summary).toContain('drift: 1 open drift item(s), all already reported.');
  });

  it('the same drift the next night: already reported, nothing staged again', async () => {
    const run = await h.run('infra-health');
    expect(run).toMatchObject({ status: 'succeeded', outputs: 0 });
    expect(run.summary).toContain('drift: 1 open drift item(s), all already reported.');
  });

  it('reads the changelog: a change it records that the environment lacks is staged, with the entry approval will propose', async () => {
    // Page and environment agree on the extensions; only the changelog says another one was added.
    fx.writeChangelog(`${BASE_CHANGELOG}\n## v1.5\n- Added extension \`webserver-enforcement\`.\n`);
    h.fake().setReply('One documented change is missing from the environment.');
    const run = await h.run('infra-health');
    expect(run).toMatchObject({ status: 'succeeded', outputs: 1 });
    expect(run.stagedRecord).toMatchObject([{ kind: 'drift-report', outcome: 'created' }]);
    const body = run.staged[0]?.body ?? '';
    expect(body).toContain('### changelog.extension.webserver-enforcement');
    expect(body).toContain('records extension `webserver-enforcement` added in v1.5, but the environment has none');
    expect(body).toContain(
      'the architecture page at v1.8 and this changelog entry:\n\n- Removed extension `webserver-enforcement`.',
    );
    // The model was given the drift line among the facts it summarises.
    expect(run.prompts[0]).toContain('drift: 1 new drift item(s) staged for review (2 open).');
  });
});
