import { describe, expect, it } from 'vitest';
import { listModels } from './list-models';

// Writing the whole packaged catalog on a loaded CI machine against PostgreSQL takes a while.
describe('fresh install', { timeout: 120_000 }, () => {
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
