/**
 * npm run bench:containers — Buddy's container list with audit against `docker ps` + `docker
 * inspect` of the same containers, a sandbox exec round trip against `docker exec` of the same
 * program, and the dashboard's resident memory. Baselines are measured in the same run.
 * Needs scripts/ensure-docker.sh (local images) and, for the RSS figure, a built app (.next).
 */
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { nextStartArgs } from './bench-app';

const run = promisify(execFile);
const dataDir = mkdtempSync(path.join(tmpdir(), 'buddy-bench-'));
process.env.BUDDY_DATA_DIR = dataDir;
process.env.BUDDY_LOG_LEVEL = 'error';
process.env.BUDDY_REDIS_PREFIX = `bench:${process.pid}`;
// createSandbox records an audit event, so the bench has its own migrated database.
await run('npx', ['tsx', 'prisma/tools/migrate.ts', 'deploy'], { env: process.env });

const { dockerTestScope, hardenedHostConfig, TEST_SANDBOX_IMAGE } = await import('../lib/containers/test-support');
const { listContainers } = await import('../lib/containers/list-containers');
const { createSandbox } = await import('../lib/containers/create-sandbox');

const CONTAINERS = 6;
const ROUNDS = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
async function time(fn: () => Promise<unknown>, rounds = ROUNDS): Promise<number> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}
const ms = (v: number) => `${v.toFixed(1)} ms`;

function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]?.split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {}
  }
  let total = 0;
  const visit = (pid: number) => {
    try {
      total += Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) * 1024;
    } catch {}
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(root);
  return total;
}

async function dashboardRss(): Promise<string> {
  if (!existsSync('.next/BUILD_ID')) return 'skipped (run `npm run build` first)';
  const port = 5190 + Math.floor(Math.random() * 9);
  const appDir = mkdtempSync(path.join(tmpdir(), 'buddy-bench-app-'));
  const env = {
    ...process.env,
    BUDDY_DATA_DIR: appDir,
    DATABASE_URL: `file:${appDir}/buddy.db`,
    BUDDY_REDIS_PREFIX: `bench:${port}`,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  await run('npx', ['tsx', 'prisma/tools/migrate.ts', 'deploy'], { env });
  const child = spawn(process.execPath, nextStartArgs(port), { env, stdio: 'ignore' });
  try {
    const deadline = Date.now() + 30_000;
    while (
      !(await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.status < 600,
        () => false,
      ))
    ) {
      if (Date.now() > deadline) return 'did not start';
      await new Promise((r) => setTimeout(r, 200));
    }
    for (const p of ['/login', '/api/health', '/api/health']) await fetch(`http://127.0.0.1:${port}${p}`);
    return `${Math.round(treeRss(child.pid ?? 0) / 1024 / 1024)} MB (next start, after serving /login and /api/health)`;
  } finally {
    child.kill('SIGTERM');
    rmSync(appDir, { recursive: true, force: true });
  }
}

const t = await dockerTestScope();
try {
  for (let i = 0; i < CONTAINERS; i++) {
    const { container } = await t.create(`c${i}`, i % 2 ? 'worker' : 'gateway', {
      Cmd: ['sleep', 'infinity'],
      User: '65534',
      HostConfig: hardenedHostConfig(t.network),
    });
    await container.start();
  }
  const token = randomBytes(24).toString('hex');
  const tokenFile = path.join(dataDir, 'token');
  writeFileSync(tokenFile, token, { mode: 0o400 });
  const sandbox = await createSandbox('bench', {
    image: TEST_SANDBOX_IMAGE,
    name: `${t.scope}-sandbox`,
    tokenHostPath: tokenFile,
    publishPort: 0,
    memoryBytes: 512 * 1024 ** 2,
  });
  const base = `http://127.0.0.1:${sandbox.ports[0]?.hostPort}`;
  while (
    !(await fetch(`${base}/health`).then(
      (r) => r.ok,
      () => false,
    ))
  )
    await new Promise((r) => setTimeout(r, 100));

  const count = (await listContainers()).length;
  const buddy = await time(() => listContainers());
  const cli = await time(async () => {
    const { stdout } = await run('docker', [
      'ps',
      '-aq',
      '--filter',
      'label=buddy.component',
      '--filter',
      `label=buddy.scope=${t.scope}`,
    ]);
    await run('docker', ['inspect', ...stdout.split('\n').filter(Boolean)]);
  });

  const program = 'print(1)';
  const api = await time(async () => {
    const r = await fetch(`${base}/v1/exec`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: JSON.stringify({ language: 'python', code: program }),
    });
    if ((await r.json()).stdout !== '1\n') throw new Error('sandbox exec failed');
  });
  const dockerExec = await time(() =>
    run('docker', ['exec', '--user', '20000', sandbox.name, 'python3', '-I', '-c', program]),
  );

  console.log(`containers: ${count} labelled (${CONTAINERS} + sandbox), median of ${ROUNDS} rounds`);
  console.log(
    `list + audit   Buddy ${ms(buddy)}   docker ps + docker inspect ${ms(cli)}   ratio ${(buddy / cli).toFixed(2)}x (target < 1.5x)`,
  );
  console.log(
    `sandbox exec   Buddy API ${ms(api)}   docker exec ${ms(dockerExec)}   ratio ${(api / dockerExec).toFixed(2)}x`,
  );
  console.log(`dashboard RSS  ${await dashboardRss()}`);
} finally {
  await t.cleanup();
  rmSync(dataDir, { recursive: true, force: true });
}
// The Redis publisher used for live events keeps the event loop alive.
process.exit(0);
