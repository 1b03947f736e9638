import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ConflictError } from '../api/errors';
import { getDb } from '../db/client';
import { approveStagedItem } from '../staged-kinds/staging-decisions';
import { architectureChangeMetadataSchema, onArchitectureChangeApproved } from './apply-drift-decision';
import { extractBlock } from './declared/extract-block';
import { runDriftCheck } from './run-drift-check';
import { BASE_CHANGELOG, makeFixtureRoots } from './testing/fixture-roots';

/**
 * Drift reads the changelog beside the architecture page: what it records against what runs, and
 * approving a report (through staging, as the owner does) proposes the page and a changelog entry
 * under the next version, which the following check finds agreeing with the environment.
 */
let fx: ReturnType<typeof makeFixtureRoots>;
beforeAll(() => {
  fx = makeFixtureRoots(`buddy.role,buddy.changelogtest=none-${randomBytes(4).toString('hex')}`);
});
afterAll(() => fx.cleanup());

const PROPOSED_LINES =
  '- Removed extension `cron-circuit-breaker`.\n- Added secret `anthropic_api_key`.\n- Removed secret `openai_api_key`.';
const stagedItem = async (id: string) => (await getDb()).stagedItem.findUniqueOrThrow({ where: { id } });
const openResources = async () =>
  (await (await getDb()).driftItem.findMany({ where: { state: 'open' }, orderBy: { resource: 'asc' } })).map(
    (i) => `${i.resource} ${i.kind}`,
  );

describe('drift and the changelog', () => {
  it('a changelog that agrees with the page and the environment is no drift', async () => {
    expect(await runDriftCheck({ trigger: 'manual' })).toMatchObject({ outcome: 'no-drift' });
  });

  it('reports a change the changelog records that the environment lacks, and one it runs unrecorded', async () => {
    // The page and the environment agree on both; only the changelog disagrees.
    fx.writeChangelog(
      BASE_CHANGELOG.replace(
        '- Added secret `anthropic_api_key`.',
        '- Added secret `openai_api_key`.\n- Added extension `cron-circuit-breaker`.',
      ),
    );
    const check = await runDriftCheck({ trigger: 'schedule', runId: 'run-changelog' });
    expect(check).toMatchObject({ outcome: 'staged', itemCount: 3 });
    expect(await openResources()).toEqual([
      'changelog.extension.cron-circuit-breaker missing',
      'changelog.secret.anthropic_api_key unexpected',
      'changelog.secret.openai_api_key missing',
    ]);
    const report = await stagedItem(check.stagedItemId ?? '');
    expect(report.body).toContain(
      'records extension `cron-circuit-breaker` added in v1.7, but the environment has none',
    );
    // What approval will propose is in the report the owner reads.
    expect(report.body).toContain('the architecture page at v1.8 and this changelog entry:');
    expect(report.body).toContain(PROPOSED_LINES);
  });

  it('approving proposes the page at the next version and a changelog entry; approving that writes both', async () => {
    const [report] = await (await getDb()).driftReport.findMany({ where: { status: 'pending' } });
    const beforePage = readFileSync(fx.architecture, 'utf8');
    const beforeLog = readFileSync(fx.changelog, 'utf8');
    await approveStagedItem(report?.stagedItemId ?? '', 'owner', 'The documentation is wrong.');
    const { changeItemId } = await (await getDb()).driftReport.findUniqueOrThrow({ where: { id: report?.id } });
    const change = await stagedItem(changeItemId ?? '');
    expect(change).toMatchObject({
      kind: 'architecture-change',
      status: 'pending',
      title: expect.stringContaining('v1.8'),
    });
    // Proposing writes nothing.
    expect(readFileSync(fx.architecture, 'utf8')).toBe(beforePage);
    expect(readFileSync(fx.changelog, 'utf8')).toBe(beforeLog);
    // The body shows what approval writes: the entry and the block's diff.
    expect(change.body).toMatch(/```markdown\n## v1\.8 \(\d{4}-\d{2}-\d{2}\)\n/);
    expect(change.body).toContain(PROPOSED_LINES);
    expect(change.body).toContain('-version: v1.7\n+version: v1.8');

    await approveStagedItem(change.id, 'owner', 'yes');
    expect((await stagedItem(change.id)).status).toBe('approved');
    expect(parse(extractBlock(readFileSync(fx.architecture, 'utf8'))?.yaml ?? '').version).toBe('v1.8');
    const log = readFileSync(fx.changelog, 'utf8');
    expect(log.startsWith('# Test changelog\n\n## v1.8 (')).toBe(true);
    expect(log.endsWith(beforeLog.slice('# Test changelog\n\n'.length))).toBe(true); // older entries kept as they were

    // The documents now agree with what runs: the drift is resolved, not re-reported.
    expect(await runDriftCheck({ trigger: 'manual' })).toMatchObject({ outcome: 'no-drift' });
    expect(await openResources()).toEqual([]);
  });

  it('a page bumped by hand without an entry is drift; a changelog edited after the proposal is a conflict', async () => {
    writeFileSync(fx.architecture, readFileSync(fx.architecture, 'utf8').replace('version: v1.8', 'version: v1.9'));
    const check = await runDriftCheck({ trigger: 'manual' });
    expect(await openResources()).toEqual(['changelog.version missing']);
    const reportItem = await stagedItem(check.stagedItemId ?? '');
    await approveStagedItem(reportItem.id, 'owner', 'The documentation is wrong.');
    const { changeItemId } = await (await getDb()).driftReport.findUniqueOrThrow({
      where: { stagedItemId: reportItem.id },
    });
    const change = await stagedItem(changeItemId ?? '');
    expect(change.title).toContain('v1.10');
    writeFileSync(fx.changelog, `${readFileSync(fx.changelog, 'utf8')}\nEdited by hand.\n`);
    const edited = readFileSync(fx.changelog, 'utf8');
    const page = readFileSync(fx.architecture, 'utf8');
    const metadata = architectureChangeMetadataSchema.parse(change.metadata);
    await expect(onArchitectureChangeApproved({ ...change, metadata })).rejects.toBeInstanceOf(ConflictError);
    expect(readFileSync(fx.changelog, 'utf8')).toBe(edited);
    expect(readFileSync(fx.architecture, 'utf8')).toBe(page); // neither file is written
  });

  it('a missing changelog is one low finding, and approving starts the changelog', async () => {
    fx.removeChangelog();
    const check = await runDriftCheck({ trigger: 'manual' });
    expect(await openResources()).toContain('document.changelog missing');
    await approveStagedItem(check.stagedItemId ?? '', 'owner', 'The documentation is wrong.');
    const { changeItemId } = await (await getDb()).driftReport.findUniqueOrThrow({
      where: { stagedItemId: check.stagedItemId ?? '' },
    });
    const change = await stagedItem(changeItemId ?? '');
    expect(change.body).toContain('a new changelog holding this entry');
    await approveStagedItem(change.id, 'owner', 'yes');
    expect(readFileSync(fx.changelog, 'utf8')).toMatch(/^# Architecture changelog\n\n## v1\.10 \(/);
  });
});
