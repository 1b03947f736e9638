/**
 * Standalone fake provider for reliability tests and Playwright: tsx test/providers/serve.ts <port> [token]
 * FAKE_PROVIDER_HOST=0.0.0.0 when it runs in a container (the stack rehearsal's model server).
 */
import { startFakeProvider } from './fake-provider-server';

const server = await startFakeProvider({
  port: Number(process.argv[2] ?? 0),
  token: process.argv[3] || undefined,
  host: process.env.FAKE_PROVIDER_HOST,
});
process.stdout.write(`${JSON.stringify({ url: server.url, port: server.port })}\n`);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
