/** Standalone fake provider for reliability tests and Playwright: tsx test/providers/serve.ts <port> [token] */
import { startFakeProvider } from './fake-provider-server';

const server = await startFakeProvider({ port: Number(process.argv[2] ?? 0), token: process.argv[3] });
process.stdout.write(`${JSON.stringify({ url: server.url, port: server.port })}\n`);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
