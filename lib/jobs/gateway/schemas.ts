import { z } from 'zod';

export const GATEWAY_CIRCUIT_STATES = ['closed', 'open', 'half-open'] as const;

/** The gateway's cron job ids: its own names or UUIDs, never a path. */
export const gatewayJobParams = z.object({
  jobId: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'must be a gateway cron job id (letters, digits, ".", "_", ":", "-")'),
});

/** What the cron-circuit-breaker plugin sends on every state change (docker/gateway/extensions/cron-circuit-breaker). */
export const gatewayCircuitReport = z.object({
  state: z.enum(GATEWAY_CIRCUIT_STATES, { error: 'must be one of closed, open, half-open' }),
  consecutiveFailures: z.number({ error: 'must be a number' }).int().min(0).max(100_000),
  threshold: z.number({ error: 'must be a number' }).int().min(1).max(100),
  lastError: z.string().max(2000).nullable(),
  changedAt: z.iso.datetime({ offset: true, error: 'must be an ISO-8601 timestamp' }),
  // Sent by the plugin while open; optional so a report from an older plugin still counts.
  cooldownEndsAt: z.iso.datetime({ offset: true, error: 'must be an ISO-8601 timestamp' }).nullable().default(null),
  source: z.literal('openclaw-gateway', { error: 'must be "openclaw-gateway"' }),
});
export type GatewayCircuitReport = z.infer<typeof gatewayCircuitReport>;
