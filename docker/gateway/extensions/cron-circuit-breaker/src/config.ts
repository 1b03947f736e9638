export type BreakerConfig = {
  threshold: number;
  cooldownMs: number;
  buddyUrl: string;
  buddyToken: string;
  reportPath: string;
  gatewayUrl: string;
  gatewayToken: string;
};

const int = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : fallback);
const url = (v: unknown, fallback: string) => (typeof v === 'string' ? v : fallback).replace(/\/+$/, '');

export function readConfig(raw: Record<string, unknown> | undefined): BreakerConfig {
  for (const key of ['buddyToken', 'gatewayToken']) {
    if (typeof raw?.[key] !== 'string' || raw[key] === '') throw new Error(`plugin config "${key}" is required`);
  }
  return {
    threshold: int(raw?.threshold, 3),
    cooldownMs: int(raw?.cooldownMs, 15 * 60_000),
    buddyUrl: url(raw?.buddyUrl, 'http://dashboard:5050'),
    buddyToken: raw?.buddyToken as string,
    reportPath: typeof raw?.reportPath === 'string' ? raw.reportPath : '/api/jobs/gateway/{jobId}/circuit',
    gatewayUrl: url(raw?.gatewayUrl, 'http://127.0.0.1:18789'),
    gatewayToken: raw?.gatewayToken as string,
  };
}
