import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '../../env';
import { systemCapabilities } from '../../jobs/capabilities/system-capabilities';
import type { JobContext } from '../../jobs/job-context';
import { createStagedItem } from '../../staging/create-staged-item';
import { getStagedItem } from '../../staging/get-staged-item';
import { listStagedItems } from '../../staging/list-staged-items';
import type { CreateStagedItemInput } from '../../staging/schemas';
import { INTELLIGENCE_JOBS } from '../jobs';
import { startTestServer } from '../test-http-server';
import { recordSnapshot } from './record-snapshot';
import { REPORT_JOB, stageWeeklyModelReport } from './stage-weekly-model-report';
import type { CatalogModel } from './types';

const DAY = 86_400_000;
// What the job context's staging.create does (lib/jobs/create-job-context.ts): stage under the job's name.
const stage = (item: CreateStagedItemInput) =>
  createStagedItem({ ...item, sourceJob: REPORT_JOB }, `job:${REPORT_JOB}`);
const modelsDev = (input: number) =>
  JSON.stringify({
    acme: {
      id: 'acme',
      name: 'Acme',
      models: {
        'rocket-1': {
          id: 'rocket-1',
          name: 'Rocket 1',
          cost: { input, output: 15 },
          limit: { context: 200000, output: 8192 },
        },
      },
    },
  });

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
  process.env.BUDDY_CATALOG_SOURCES = `models.dev=${server.url('/models.json')}`;
  resetEnvForTests();
});
afterAll(async () => {
  delete process.env.BUDDY_CATALOG_SOURCES;
  resetEnvForTests();
  await server.close();
});

describe('weekly model report', () => {
  it('is staged by the model-catalog job after its snapshots, through its context', async () => {
    const job = INTELLIGENCE_JOBS.find((j) => j.name === REPORT_JOB);
    expect(job?.outputs).toEqual(['model-report']);
    // The job reaches the catalogs and the report through the capabilities its entry grants, bound as the runner binds them.
    const signal = new AbortController().signal;
    const system = systemCapabilities(job?.capabilities ?? [], {
      runId: 'run-weekly',
      stage: async (item) => ({ ...(await stage(item)), outcome: 'created' }),
      complete: async () => '',
      signal,
    });
    const ctx = { jobName: REPORT_JOB, signal, staging: { create: stage }, system } as unknown as JobContext;
    server.serve('/models.json', { body: modelsDev(3), contentType: 'application/json' });
    // The first snapshot is the baseline: no change, so no report.
    expect(await job?.handler(ctx)).toMatchObject({
      kind: 'report',
      report: expect.stringMatching(/models\.dev: ok; no weekly report: no model catalog changes since/),
    });
    server.serve('/models.json', { body: modelsDev(2.5), contentType: 'application/json' });
    expect(await job?.handler(ctx)).toMatchObject({
      kind: 'produced',
      summary: expect.stringMatching(
        /weekly report staged: Model catalog, week to .*: 0 models added, 0 removed, 1 price change/,
      ),
    });
    const { items } = await listStagedItems({ kind: 'model-report' });
    expect(items).toHaveLength(1);
    const item = await getStagedItem(items[0]?.id as string);
    expect(item).toMatchObject({ status: 'pending', sourceJob: REPORT_JOB, createdBy: `job:${REPORT_JOB}` });
    expect(item.body).toContain('| `acme/rocket-1` | acme | models.dev | $3 → $2.5 (-16.7%) | $15 |');
    // The next day the job snapshots again but the report waits for the week to pass.
    server.serve('/models.json', { body: modelsDev(2), contentType: 'application/json' });
    expect(await job?.handler(ctx)).toMatchObject({
      kind: 'report',
      report: expect.stringMatching(/no weekly report: the last model report is from .*due a week after it/),
    });
    expect((await listStagedItems({ kind: 'model-report' })).items).toHaveLength(1);
  });

  it('lists added, removed and repriced models since the last report, and other changes after them', async () => {
    const model = (id: string, input: string, over: Partial<CatalogModel> = {}): CatalogModel => ({
      modelId: `acme/${id}`,
      provider: 'acme',
      name: `Acme ${id}`,
      family: null,
      inputPerMTok: input,
      outputPerMTok: '15',
      contextWindow: 200_000,
      maxOutputTokens: 8192,
      capabilities: ['tools'],
      deprecatedAt: null,
      ...over,
    });
    // A baseline, then two snapshots: "c" goes missing twice (removed), "d" and "e" arrive, "a" is repriced.
    await recordSnapshot('litellm', [model('a', '3'), model('b', '1'), model('c', '0.25')]);
    await recordSnapshot('litellm', [
      model('a', '2.5'),
      model('b', '1', { contextWindow: 1_000_000 }),
      model('d', '5'),
    ]);
    await recordSnapshot('litellm', [
      model('a', '2.5'),
      model('b', '1', { contextWindow: 1_000_000 }),
      model('d', '5'),
      model('e', '0.8', { name: 'Acme | Pipe' }),
    ]);

    const weekLater = new Date(Date.now() + 7 * DAY);
    const outcome = await stageWeeklyModelReport({ stage, now: weekLater });
    expect(outcome).toMatchObject({
      staged: true,
      title: expect.stringMatching(/: 2 models added, 1 removed, 2 price changes$/),
    });
    const item = await getStagedItem((outcome as { id: string }).id);
    expect(item.kind).toBe('model-report');
    expect(item.body).toContain(
      '### Added (2)\n\n| Model | Name | Provider | Source | Input | Output | Context |\n| --- | --- | --- | --- | --- | --- | --- |\n',
    );
    expect(item.body).toContain('| `acme/d` | Acme d | acme | litellm | $5 | $15 | 200,000 |');
    expect(item.body).toContain('| `acme/e` | Acme \\| Pipe | acme | litellm | $0.8 | $15 | 200,000 |');
    expect(item.body).toContain(
      '### Removed (1)\n\n| Model | Name | Provider | Source |\n| --- | --- | --- | --- |\n| `acme/c` | Acme c | acme | litellm |',
    );
    // The first test's third snapshot (after its report) belongs to this week, beside this test's own.
    expect(item.body).toContain('| `acme/rocket-1` | acme | models.dev | $2.5 → $2 (-20.0%) | $15 |');
    expect(item.body).toContain('| `acme/a` | acme | litellm | $3 → $2.5 (-16.7%) | $15 |');
    expect(item.body).toContain('### Other changes (1)');
    expect(item.body).toContain(
      '| `acme/b` | limits-changed | litellm | contextWindow 200000, maxOutputTokens 8192 | contextWindow 1000000, maxOutputTokens 8192 |',
    );

    // Nothing new a week after that: nothing staged.
    expect(await stageWeeklyModelReport({ stage, now: new Date(weekLater.getTime() + 7 * DAY) })).toMatchObject({
      staged: false,
      reason: expect.stringMatching(/no model catalog changes since/),
    });
    expect((await listStagedItems({ kind: 'model-report' })).items).toHaveLength(2);
  });
});
