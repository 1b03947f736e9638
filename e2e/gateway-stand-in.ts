import { createServer, type Server } from 'node:http';
import type { CronChangedEvent } from '../docker/gateway/plugin-lib/openclaw-types';
import { recordingApi } from '../docker/gateway/plugin-lib/recording-api';
import plugin from '../docker/gateway/extensions/cron-circuit-breaker/src/index';

export type AdminRpcCall = { method: string; params: { jobId: string; patch: { enabled: boolean } } };

/**
 * A local stand-in for the OpenClaw gateway that loads Buddy's real cron-circuit-breaker plugin: it
 * serves the plugin's HTTP routes behind the gateway token (as OpenClaw does for auth "gateway"),
 * answers the admin RPC `cron.update` the plugin calls, and lets a test fire `cron_changed` events.
 * The plugin reports to Buddy's real API with a real agent grant.
 */
export async function startGatewayStandIn(options: {
  port: number;
  gatewayToken: string;
  buddyUrl: string;
  buddyToken: string;
  cooldownMs?: number;
}) {
  const rec = recordingApi({
    threshold: 3,
    cooldownMs: options.cooldownMs ?? 15 * 60_000,
    buddyUrl: options.buddyUrl,
    buddyToken: options.buddyToken,
    gatewayUrl: `http://127.0.0.1:${options.port}`,
    gatewayToken: options.gatewayToken,
  });
  plugin.register(rec.api);
  const adminRpc: AdminRpcCall[] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (req.headers.authorization !== `Bearer ${options.gatewayToken}`) {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"unauthorized"}');
      return;
    }
    const route = rec.routes.find((r) => r.path === path);
    if (route) {
      void route.handler(req, res);
      return;
    }
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      if (path === '/api/v1/admin/rpc') {
        adminRpc.push(JSON.parse(raw) as AdminRpcCall);
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true,"result":{"updated":true}}');
        return;
      }
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
  return {
    adminRpc,
    logs: rec.logs,
    fire: (event: CronChangedEvent) => rec.hook('cron_changed')(event, {}),
    close: async () => {
      for (const service of rec.services) await service.stop?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
