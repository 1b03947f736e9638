import type { BreakerConfig } from './config';

export type CircuitState = 'closed' | 'open' | 'half-open';
export type CircuitReport = {
  state: CircuitState;
  consecutiveFailures: number;
  threshold: number;
  lastError: string | null;
  changedAt: string;
  /** While open: when the breaker lets the job try once again; null otherwise. */
  cooldownEndsAt: string | null;
  source: 'openclaw-gateway';
};

/**
 * Enables or disables a cron job through the gateway's admin RPC (`POST /api/v1/admin/rpc`, method
 * `cron.update` with a `patch`), served by OpenClaw's bundled admin-http-rpc plugin. The cron tool on
 * `/tools/invoke` is no way in: the real gateway answers it "trusted operational run instance required"
 * (shared/OPENCLAW.md). A 404 says the admin RPC plugin is not loaded. Errors come back as
 * `{ok: false, error: {message}}`.
 */
export async function setJobEnabled(config: BreakerConfig, jobId: string, enabled: boolean): Promise<void> {
  const response = await fetch(`${config.gatewayUrl}/api/v1/admin/rpc`, {
    method: 'POST',
    headers: { authorization: `Bearer ${config.gatewayToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ method: 'cron.update', params: { jobId, patch: { enabled } } }),
    signal: AbortSignal.timeout(10_000),
    // the token is for this service only: a redirect elsewhere must not carry it (issue 15 item 8)
    redirect: 'error',
  });
  const reply = (await response.json().catch(() => null)) as { ok?: boolean; error?: { message?: string } } | null;
  if (response.status === 404)
    throw new Error(`the gateway has no admin RPC (404): allow and enable its bundled "admin-http-rpc" plugin`);
  if (!response.ok || reply?.ok === false) {
    throw new Error(
      `gateway answered ${response.status} to cron.update of ${jobId}${reply?.error?.message ? `: ${reply.error.message}` : ''}`,
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
