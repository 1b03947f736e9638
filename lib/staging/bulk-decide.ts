import { AppError } from '../api/errors';
import { approveStagedItem } from './approve-staged-item';
import { rejectStagedItem } from './reject-staged-item';
import type { StagedKinds } from './staged-kind';

export type BulkOutcome = { id: string; ok: boolean; status?: string; error?: string };

/** Decides many items one by one; one refusal (already decided, conflict) does not stop the rest. */
export async function bulkDecide(
  kinds: StagedKinds,
  input: { action: 'approve' | 'reject'; ids: string[]; reason?: string },
  actor: string,
) {
  const results: BulkOutcome[] = [];
  for (const id of [...new Set(input.ids)]) {
    try {
      const result =
        input.action === 'approve'
          ? await approveStagedItem(kinds, id, actor)
          : await rejectStagedItem(kinds, id, actor, input.reason ?? '');
      results.push({
        id,
        ok: result.status !== 'conflict',
        status: result.status,
        error: 'reason' in result && result.status === 'conflict' ? result.reason : undefined,
      });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push({ id, ok: false, error: error.message });
    }
  }
  return { results, succeeded: results.filter((r) => r.ok).length, failed: results.filter((r) => !r.ok).length };
}
