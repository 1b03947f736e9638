import { ServiceUnavailableError } from '../../api/errors';
import { type AuditInput, recordAudit } from '../../audit/record-audit';
import { log } from '../../log';

type Writer = (input: AuditInput) => Promise<unknown>;
let writer: Writer = recordAudit;

/** Records an audit event for a guarded call; when it cannot be written the call is denied. */
export async function guardedAudit(input: AuditInput): Promise<void> {
  try {
    await writer(input);
  } catch (error) {
    log.error('audit write failed; denying the call', { action: input.action, error: String(error) });
    throw new ServiceUnavailableError('The audit log cannot be written, so this call is denied.');
  }
}

/** Tests swap the writer to prove the fail-closed path; production never calls this. */
export function setAuditWriterForTests(next: Writer | null): void {
  writer = next ?? recordAudit;
}
