import type { BreakerConfig } from './config';

export type CircuitState = 'closed' | 'open' | 'half-open';
export type CircuitReport = {
  state: CircuitState;
  consecutiveFailures: number;
  threshold: number;
  lastError: string | null;
  changedAt: string;
  source: 'openclaw-gateway';
};

/**
 * Enables or disables a cron job through the gateway's `POST /tools/invoke` (the `cron` tool's
 * `update` action with a `patch`). The gateway denies `cron` on that endpoint by default, so
 * openclaw.json must list it in `gateway.tools.allow`; a 404 says it does not. Errors come back as
 * `{ok: false, error: {type, message}}`.
 */
export async function setJobEnabled(config: BreakerConfig, jobId: string, enabled: boolean): Promise<void> {
  const response = await fetch(`${config.gatewayUrl}/tools/invoke`, {
    method: 'POST',
    headers: { authorization: `Bearer ${config.gatewayToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ tool: 'cron', args: { action: 'update', jobId, patch: { enabled } } }),
    signal: AbortSignal.timeout(10_000),
    // the token is for this service only: a redirect elsewhere must not carry it (issue 15 item 8)
    redirect: 'error',
  });
  const reply = (await response.json().catch(() => null)) as { ok?: boolean; error?: { message?: string } } | null;
  if (response.status === 404)
    throw new Error(`the gateway refused the cron tool on /tools/invoke (404): add "cron" to gateway.tools.allow`);
  if (!response.ok || reply?.ok === false) {
    throw new Error(
      `gateway answered ${response.status} to cron update of ${jobId}${reply?.error?.message ? `: ${reply.error.message}` : ''}`,
    );
  }
}

/** Tells Buddy's Jobs API the breaker state so the Jobs page shows gateway jobs beside BullMQ jobs. */
export async function reportState(config: BreakerConfig, jobId: string, report: CircuitReport): Promise<void> {
  const path = config.reportPath.replace('{jobId}', encodeURIComponent(jobId));
  const response = await fetch(`${config.buddyUrl}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${config.buddyToken}`, 'content-type': 'application/json' },
    body: JSON.stringify(report),
    signal: AbortSignal.timeout(10_000),
    // the token is for this service only: a redirect elsewhere must not carry it (issue 15 item 8)
    redirect: 'error',
  });
  if (!response.ok) throw new Error(`Buddy answered ${response.status} to the circuit report of ${jobId}`);
}
