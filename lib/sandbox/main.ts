import { loadSandboxConfig } from './config';
import { createSandboxServer } from './server';

/** Entry of the sandbox container: bundled to one file (scripts/build-sandbox-server.mjs). */
const config = loadSandboxConfig();
const server = createSandboxServer(config);
server.requestTimeout = config.SANDBOX_MAX_TIMEOUT_MS + 30_000;
server.listen(config.SANDBOX_PORT, config.SANDBOX_HOST, () => {
  console.log(
    `sandbox API listening on ${config.SANDBOX_HOST}:${config.SANDBOX_PORT} with ${config.SANDBOX_CONCURRENCY} slots`,
  );
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
