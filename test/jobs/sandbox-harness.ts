import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createSandbox } from '../../lib/containers/create-sandbox';
import { dockerTestScope, TEST_SANDBOX_IMAGE } from '../../lib/containers/test-support';
import { env, resetEnvForTests } from '../../lib/env';

/**
 * A real sandbox container (the test image runs the same server as the real one), created hardened
 * by the dashboard's own createSandbox on the real engine, and pointed at by BUDDY_SANDBOX_URL/TOKEN
 * so the job context's sandbox capability reaches it.
 */
export function sandboxHarness() {
  let scope: Awaited<ReturnType<typeof dockerTestScope>> | undefined;
  beforeAll(async () => {
    scope = await dockerTestScope();
    const token = randomBytes(24).toString('hex');
    const tokenFile = path.join(env().dataDir, 'sandbox_token');
    writeFileSync(tokenFile, token, { mode: 0o400 });
    const summary = await createSandbox('test', {
      image: TEST_SANDBOX_IMAGE,
      name: `${scope.scope}-sandbox`,
      tokenHostPath: tokenFile,
      publishPort: 0,
      memoryBytes: 512 * 1024 * 1024,
      pidsLimit: 256,
      env: { SANDBOX_CONCURRENCY: '2', SANDBOX_MAX_PROCESSES: '64' },
    });
    const url = `http://127.0.0.1:${summary.ports[0]?.hostPort}`;
    const deadline = Date.now() + 30_000;
    while (
      !(await fetch(`${url}/health`).then(
        (r) => r.ok,
        () => false,
      ))
    ) {
      if (Date.now() > deadline) throw new Error('the sandbox did not answer /health within 30 s');
      await new Promise((r) => setTimeout(r, 100));
    }
    process.env.BUDDY_SANDBOX_URL = url;
    process.env.BUDDY_SANDBOX_TOKEN = token;
    resetEnvForTests();
  }, 90_000);
  afterAll(async () => {
    await scope?.cleanup();
  });
}
