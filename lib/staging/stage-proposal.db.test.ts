import { describe, expect, it } from 'vitest';
import { getDb } from '../db/client';
import { lastRejection, stageProposal } from './stage-proposal';
import { createStagingDecisions } from './staging-decisions';

// Plain kinds only: no domain declares an effect for them.
const { rejectStagedItem } = createStagingDecisions([]);

const file = (content: string) => [{ targetPath: 'repo/CLAUDE.md', content, baseHash: null }];

describe('stageProposal: every proposal fingerprinted, never queued twice, a rejection remembered', () => {
  it('a pending item saying the same (modulo case and whitespace) is updated, not duplicated', async () => {
    const first = await stageProposal(
      { kind: 'claude-md', title: 'CLAUDE.md v1', files: file('# Repo\nUse  npm test.'), sourceRunId: 'run-1' },
      'job:x',
    );
    const again = await stageProposal(
      { kind: 'claude-md', title: 'CLAUDE.md v2', files: file('# repo\n\nuse npm test.\n'), sourceRunId: 'run-2' },
      'job:x',
    );
    expect(first.outcome).toBe('created');
    expect(again).toMatchObject({ id: first.id, outcome: 'updated' });
    const db = await getDb();
    const rows = await db.stagedItem.findMany({ where: { kind: 'claude-md' }, include: { files: true } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ title: 'CLAUDE.md v2', sourceRunId: 'run-2', target: 'repo/CLAUDE.md' });
    expect(rows[0]?.fingerprint).toMatch(/^[a-f0-9]{64}$/);
    expect(rows[0]?.files.map((f) => f.content)).toEqual(['# repo\n\nuse npm test.\n']);
  });

  it('a different proposal for the same pending file replaces it; for another kind or target it is new', async () => {
    const a = await stageProposal({ kind: 'claude-md', title: 'other text', files: file('# Different') }, 'job:x');
    expect(a.outcome).toBe('updated');
    const review = await stageProposal({ kind: 'code-review', title: 'r', body: 'x', target: 'repo' }, 'job:x');
    const other = await stageProposal({ kind: 'code-review', title: 'r', body: 'y', target: 'repo' }, 'job:x');
    expect([review.outcome, other.outcome]).toEqual(['created', 'created']);
  });

  it('a rejected proposal is not proposed again unless its input changed; its reason is kept for the prompt', async () => {
    const item = await stageProposal(
      { kind: 'feature-proposal', title: 'Ideas', body: 'Add CSV export', target: 'repo', inputHash: 'head-1' },
      'job:x',
    );
    await rejectStagedItem(item.id, 'owner:ada@example.test', 'CSV export exists already');

    const sameText = await stageProposal(
      { kind: 'feature-proposal', title: 'Ideas', body: 'add csv export', target: 'repo', inputHash: 'head-2' },
      'job:x',
    );
    expect(sameText).toMatchObject({ id: item.id, outcome: 'suppressed' });
    const sameInput = await stageProposal(
      { kind: 'feature-proposal', title: 'Ideas', body: 'Recurring invoices', target: 'repo', inputHash: 'head-1' },
      'job:x',
    );
    expect(sameInput.outcome).toBe('suppressed');
    const changed = await stageProposal(
      { kind: 'feature-proposal', title: 'Ideas', body: 'Recurring invoices', target: 'repo', inputHash: 'head-2' },
      'job:x',
    );
    expect(changed.outcome).toBe('created');
    expect(await lastRejection('feature-proposal', 'repo')).toMatchObject({
      id: item.id,
      reason: 'CSV export exists already',
      inputHash: 'head-1',
    });
    expect(await lastRejection('feature-proposal', 'elsewhere')).toBeNull();
  });
});
