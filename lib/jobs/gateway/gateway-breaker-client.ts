import { ServiceUnavailableError } from '../../api/errors';
import { env } from '../../env';

/** The cron-circuit-breaker plugin's reset route on the gateway (docker/gateway/extensions/cron-circuit-breaker). */
export const GATEWAY_RESET_PATH = '/plugins/cron-circuit-breaker/reset';

/**
 * Asks the gateway's breaker plugin to re-enable a cron job and close its breaker, with the gateway
 * token (operator access: sent only to the configured gateway, never through a redirect). The plugin
 * enables the job through the gateway's admin RPC and reports the closed breaker back to Buddy before
 * it answers. Any refusal becomes a 503 carrying the gateway's own words.
 */
export async function resetGatewayBreaker(jobId: string): Promise<void> {
  const { BUDDY_GATEWAY_URL, BUDDY_GATEWAY_TOKEN } = env();
  if (!BUDDY_GATEWAY_TOKEN)
    throw new ServiceUnavailableError(
      'BUDDY_GATEWAY_TOKEN is not set: Buddy cannot reach the gateway to re-enable it.',
    );
  let response: Response;
  try {
    response = await fetch(`${BUDDY_GATEWAY_URL.replace(/\/+$/, '')}${GATEWAY_RESET_PATH}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${BUDDY_GATEWAY_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ jobId }),
      signal: AbortSignal.timeout(15_000),
      redirect: 'error',
    });
  } catch (error) {
    throw new ServiceUnavailableError(
      `The gateway at ${BUDDY_GATEWAY_URL} did not answer: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (response.ok) return;
  const reply = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  const why =
    response.status === 404
      ? 'the cron-circuit-breaker plugin is not loaded there (404)'
      : (reply?.error?.message ?? `it answered ${response.status}`);
  throw new ServiceUnavailableError(`The gateway did not re-enable "${jobId}": ${why}.`);
}
