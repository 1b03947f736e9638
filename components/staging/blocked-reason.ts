import type { ItemDetail } from './types';

/**
 * Why this item cannot be approved as it stands, or null: a file it would write is refused (outside
 * the workspace, a missing folder), or the file changed since the job read it (promotion would refuse).
 */
export function approveBlockedReason(item: Pick<ItemDetail, 'files'> | undefined): string | null {
  for (const f of item?.files ?? []) {
    if (f.current.state === 'refused')
      return `${f.targetPath} cannot be written: ${f.current.reason}. Reject it, or fix the workspace and reload.`;
    if (f.stale)
      return `${f.targetPath} changed since the job read it, so approving would be refused. Reject it and let the job run again.`;
  }
  return null;
}
