// PLACEHOLDER(merge): real one comes from the intelligence branch.
import type { JobContext } from '../jobs/job-context';

export async function proposePredictionUpdates(_ctx: JobContext): Promise<{ proposed: number; reason?: string }> {
  return { proposed: 0, reason: 'intelligence pipeline not installed' };
}
