import { describe, expect, it } from 'vitest';
import { listModels } from './list-models';

describe('fresh install', () => {
  it('shows the packaged catalog, marked with its date, instead of an empty page', async () => {
    const { models, snapshots } = await listModels();
    expect(models.length).toBeGreaterThan(50);
    expect(snapshots[0]).toMatchObject({ source: 'seed', status: 'ok' });
    expect(snapshots[0]?.asOf).toBeInstanceOf(Date);
    expect(models.find((m) => m.provider === 'anthropic' && m.inputPerMTok !== null)).toBeTruthy();
    const again = await listModels();
    expect(again.snapshots).toHaveLength(1);
  });
});
