import { recordAudit } from '../audit/record-audit';
import { publishEvent } from '../events/publish';

/** Every owner decision on a staged item (granted or refused) is an audit event and a live event. */
export async function recordDecision(input: {
  actor: string;
  action: 'staging.approve' | 'staging.reject' | 'staging.conflict' | 'staging.recover';
  id: string;
  decision?: 'allowed' | 'denied';
  reason?: string;
  details?: Record<string, unknown>;
}): Promise<void> {
  await recordAudit({
    actor: input.actor,
    action: input.action,
    target: `staged-item:${input.id}`,
    decision: input.decision ?? 'allowed',
    reason: input.reason?.slice(0, 2000),
    details: input.details,
  });
  if (input.decision !== 'denied') await publishEvent('staging', input.action.split('.')[1] ?? 'decided', input.id);
}
