import { describe, expect, it } from 'vitest';
import { ConflictError, ValidationError } from '../../api/errors';
import { getDb } from '../../db/client';
import { applyPredictionUpdate, predictionUpdateMetadataSchema } from './apply-prediction-update';
import { createPrediction } from './create-prediction';
import { listPredictions, overduePredictionCount } from './list-predictions';
import { resolvePrediction } from './resolve-prediction';
import { updatePrediction } from './update-prediction';
import { withdrawPrediction } from './withdraw-prediction';

const future = () => new Date(Date.now() + 30 * 86_400_000);

describe('predictions', () => {
  it('refuses 0, 1, NaN, 1.5 and a past deadline with field errors', async () => {
    for (const probability of [0, 1, Number.NaN, 1.5]) {
      const error = await createPrediction({
        statement: 'GPT-6 ships this year',
        probability,
        deadline: future(),
      }).catch((e: unknown) => e);
      expect(error, String(probability)).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors?.probability?.[0]).toMatch(/0\.01 and 0\.99|number/);
    }
    const past = await createPrediction({
      statement: 'Something happened',
      probability: 0.5,
      deadline: new Date('2020-01-01'),
    }).catch((e: unknown) => e);
    expect((past as ValidationError).fieldErrors?.deadline?.[0]).toMatch(/future/);
  });

  it('keeps an append-only history, resolves once, re-resolves with history, refuses late updates', async () => {
    const p = await createPrediction({
      statement: 'Claude 5 released before June',
      probability: 0.4,
      deadline: future(),
      tags: ['Models'],
    });
    await updatePrediction(p.id, { probability: 0.55, reason: 'Announced at a conference' });
    await resolvePrediction(p.id, { outcome: 'yes' });
    await expect(updatePrediction(p.id, { probability: 0.6, reason: 'too late' })).rejects.toThrow(ConflictError);
    await expect(resolvePrediction(p.id, { outcome: 'no' })).rejects.toThrow(/already resolved/);
    await resolvePrediction(p.id, { outcome: 'ambiguous', note: 'Only a preview shipped', reresolve: true });
    const db = await getDb();
    const full = await db.prediction.findUniqueOrThrow({
      where: { id: p.id },
      include: { updates: true, resolutions: true },
    });
    expect(full.updates.map((u) => u.probability)).toEqual([0.4, 0.55]);
    expect(full.resolutions.map((r) => r.outcome)).toEqual(['yes', 'ambiguous']);
    expect(full.tags).toEqual(['models']);
    await expect(withdrawPrediction(p.id)).rejects.toThrow(/Only an open prediction/);
  });

  it('scores only yes/no, lists overdue first and counts them', async () => {
    const a = await createPrediction({
      statement: 'A will happen soon',
      probability: 0.8,
      deadline: future(),
      tags: ['x'],
    });
    const b = await createPrediction({
      statement: 'B will happen soon',
      probability: 0.3,
      deadline: future(),
      tags: ['x'],
    });
    const c = await createPrediction({
      statement: 'C will be annulled',
      probability: 0.9,
      deadline: future(),
      tags: ['x'],
    });
    await resolvePrediction(a.id, { outcome: 'yes' });
    await resolvePrediction(b.id, { outcome: 'no' });
    await resolvePrediction(c.id, { outcome: 'annulled' });
    const overdue = await createPrediction({
      statement: 'D is due by now',
      probability: 0.5,
      deadline: new Date(Date.now() + 60_000),
    });
    const later = new Date(Date.now() + 120_000);
    const list = await listPredictions({ tag: 'x' }, later);
    expect(list.scores.count).toBe(2);
    expect(list.scores.brier).toBeCloseTo((0.04 + 0.09) / 2, 10);
    const all = await listPredictions({}, later);
    expect(all.predictions[0]?.id).toBe(overdue.id);
    expect(all.predictions[0]?.state).toBe('due');
    expect(await overduePredictionCount(later)).toBe(1);
    await expect(withdrawPrediction(overdue.id, 'owner', later)).rejects.toThrow(ConflictError);
  });

  it('an approved staged proposal appends an update; bad metadata is refused', async () => {
    const p = await createPrediction({ statement: 'Open weights reach parity', probability: 0.3, deadline: future() });
    await applyPredictionUpdate({
      id: 'stg1',
      metadata: { predictionId: p.id, probability: 0.45, reason: 'Digest: new open model tops the benchmark' },
    });
    const db = await getDb();
    const updates = await db.predictionUpdate.findMany({ where: { predictionId: p.id }, orderBy: { at: 'asc' } });
    expect(updates.at(-1)).toMatchObject({ probability: 0.45, source: 'staged:stg1' });
    // Staging checks the metadata against the kind's declared schema before the effect runs.
    expect(predictionUpdateMetadataSchema.safeParse({ predictionId: p.id, probability: 1 }).success).toBe(false);
    await withdrawPrediction(p.id);
    await expect(updatePrediction(p.id, { probability: 0.5, reason: 'after withdrawal' })).rejects.toThrow(
      ConflictError,
    );
  });
});
