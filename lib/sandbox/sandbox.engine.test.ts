import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox } from '../containers/create-sandbox';
import { LogDemuxer } from '../containers/log-demuxer';
import { dockerTestScope, TEST_SANDBOX_IMAGE } from '../containers/test-support';
import { docker } from '../docker/client';
import { env } from '../env';
import type { ExecResult } from './exec-schema';

/**
 * The sandbox API in the test image (same server as the real image), created by the dashboard's
 * own createSandbox with the hardened settings, on the real engine.
 */
let t: Awaited<ReturnType<typeof dockerTestScope>>;
let base: string;
let name: string;
const token = randomBytes(24).toString('hex');

async function exec(body: unknown, auth = token): Promise<Response> {
  return fetch(`${base}/v1/exec`, {
    method: 'POST',
    headers: { authorization: `Bearer ${auth}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}
async function run(language: string, code: string, extra: Record<string, unknown> = {}): Promise<ExecResult> {
  const response = await exec({ language, code, ...extra });
  expect(response.status).toBe(200);
  return (await response.json()) as ExecResult;
}
async function shellInContainer(cmd: string[]): Promise<string> {
  const e = await (await docker()).getContainer(name).exec({ Cmd: cmd, AttachStdout: true, AttachStderr: true });
  const stream = await e.start({});
  const demuxer = new LogDemuxer(true);
  const lines = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) lines.push(...demuxer.push(chunk));
  return [...lines, ...demuxer.flush()].map((l) => `${l.text}\n`).join('');
}

beforeAll(async () => {
  t = await dockerTestScope();
  const tokenFile = path.join(env().dataDir, 'sandbox_token');
  writeFileSync(tokenFile, token, { mode: 0o400 });
  const summary = await createSandbox('test', {
    image: TEST_SANDBOX_IMAGE,
    name: `${t.scope}-sandbox`,
    tokenHostPath: tokenFile,
    publishPort: 0,
    memoryBytes: 512 * 1024 * 1024,
    pidsLimit: 256,
    env: { SANDBOX_CONCURRENCY: '2', SANDBOX_MAX_PROCESSES: '32' },
  });
  name = summary.name;
  base = `http://127.0.0.1:${summary.ports[0]?.hostPort}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    const ok = await fetch(`${base}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline)
      throw new Error(
        `sandbox did not answer: ${await (await docker()).getContainer(name).logs({ stdout: true, stderr: true })}`,
      );
    await new Promise((r) => setTimeout(r, 100));
  }
}, 60_000);

afterAll(async () => {
  await t?.cleanup();
});

describe('the sandbox container', () => {
  it('is created hardened: every audit check passes or is justified', async () => {
    const summary = (await import('../containers/get-container')).getContainer(name);
    const { audit, memoryLimitBytes, pidsLimit } = await summary;
    expect(audit.failed).toEqual([]);
    expect(audit.checks.filter((c) => c.status === 'justified').map((c) => c.id)).toEqual([
      'capabilities',
      'non-root-user',
    ]);
    expect(audit.checks.find((c) => c.id === 'capabilities')?.observed).toBe('drop: ALL; add: SETUID, SETGID, KILL');
    expect({ memoryLimitBytes, pidsLimit }).toEqual({ memoryLimitBytes: 512 * 1024 * 1024, pidsLimit: 256 });
  });
});

describe('the sandbox API', () => {
  it('answers /health without a token and refuses /v1/exec without the right one', async () => {
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const none = await fetch(`${base}/v1/exec`, { method: 'POST', body: '{}' });
    expect(none.status).toBe(401);
    expect((await exec({ language: 'bash', code: 'echo hi' }, 'x'.repeat(48))).status).toBe(401);
  });

  it('runs python, node and bash with stdin, exit codes and durations', async () => {
    expect(await run('python', 'print(sum(range(10)))')).toMatchObject({
      exitCode: 0,
      stdout: '45\n',
      stderr: '',
      timedOut: false,
      truncated: false,
    });
    const node = await run(
      'node',
      "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(s.toUpperCase()))",
      { stdin: 'buddy' },
    );
    expect(node.stdout).toBe('BUDDY\n');
    const bash = await run('bash', 'echo out; echo err >&2; exit 3');
    expect(bash).toMatchObject({ exitCode: 3, stdout: 'out\n', stderr: 'err\n' });
    expect(bash.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('runs each program as an unprivileged uid in a fresh directory that is removed afterwards', async () => {
    const first = await run('bash', 'id -u; pwd; touch here; ls');
    const second = await run('bash', 'id -u; pwd; ls');
    const [uid, dir] = first.stdout.split('\n');
    expect(Number(uid)).toBeGreaterThanOrEqual(20000);
    expect(dir).toMatch(/^\/tmp\/sandbox\/[0-9a-f]{24}$/);
    expect(second.stdout.split('\n')[1]).not.toBe(dir);
    expect(second.stdout.split('\n')[2]).toBe('');
    expect((await shellInContainer(['ls', '-A', '/tmp/sandbox'])).trim()).toBe('');
  });

  it('reading outside its directory is denied with a clear error', async () => {
    const secret = await run('bash', 'cat /run/secrets/sandbox_token');
    expect(secret.exitCode).toBe(1);
    expect(secret.stderr).toContain('Permission denied');
    expect(secret.stdout).not.toContain(token);
    const others = await run('bash', 'ls /tmp/sandbox');
    expect(others.stderr).toContain('Permission denied');
    const server = await run('python', "open('/app/server.mjs').read()");
    expect(server.exitCode).toBe(1);
    expect(server.stderr).toContain('PermissionError');
    const environ = await run(
      'bash',
      'for p in /proc/[0-9]*; do [ "$(cat $p/comm 2>/dev/null)" = node ] && cat $p/environ; done; true',
    );
    expect(environ.stderr).toContain('Permission denied');
  });

  it('a program sleeping past its timeout is stopped, with its background processes', async () => {
    const slow = await run('bash', 'sleep 30 & sleep 30', { timeoutMs: 800 });
    expect(slow).toMatchObject({ timedOut: true, exitCode: null });
    expect(slow.durationMs).toBeLessThan(5000);
    expect(slow.stderr).toContain('[sandbox] stopped after the 800 ms time limit');
    const background = await run('bash', 'sleep 30 & echo started');
    expect(background).toMatchObject({
      stdout: 'started\n',
      timedOut: false,
      stderr: '[sandbox] stopped 1 background process still running when the program ended\n',
    });
    const leftovers = await shellInContainer([
      'sh',
      '-c',
      'for p in /proc/[0-9]*; do stat -c %u $p 2>/dev/null; done | grep -c ^20 || true',
    ]);
    expect(leftovers.trim()).toBe('0');
  });

  it('a fork bomb hits its process limit and is stopped; the sandbox keeps serving', { timeout: 30_000 }, async () => {
    // The classic bomb leaves its children multiplying: they are all stopped, whether bash returned
    // first (the usual case) or was itself still retrying fork at the process limit when its time ran out.
    const bomb = await run('bash', ':(){ :|:& };:', { timeoutMs: 3000 });
    const cleanedUp = /\[sandbox\] stopped \d+ background process(es)? still running when the program ended/.test(
      bomb.stderr,
    );
    expect(cleanedUp || bomb.timedOut, bomb.stderr.slice(-500)).toBe(true);
    // One that keeps forking runs into the per-program process limit (RLIMIT_NPROC).
    const python = await run('python', 'import os\nwhile True: os.fork()', { timeoutMs: 3000 });
    expect(python.exitCode !== 0 || python.timedOut).toBe(true);
    expect(python.stderr).toMatch(/Resource temporarily unavailable/);
    const leftovers = await shellInContainer([
      'sh',
      '-c',
      'for p in /proc/[0-9]*; do stat -c %u $p 2>/dev/null; done | grep -c ^20 || true',
    ]);
    expect(leftovers.trim()).toBe('0');
    expect(await run('python', 'print("still here")')).toMatchObject({ exitCode: 0, stdout: 'still here\n' });
  });

  it('1 GB of output is cut at the cap and the program stopped', async () => {
    const flood = await run(
      'python',
      "import sys\nchunk = 'x' * 1048576\nfor _ in range(1024): sys.stdout.write(chunk)",
      { timeoutMs: 20_000 },
    );
    expect(flood.truncated).toBe(true);
    expect(flood.timedOut).toBe(false);
    expect(flood.stdout.length).toBe(1024 * 1024);
    expect(flood.stderr).toContain('output exceeded 1048576 bytes; the program was stopped');
    expect((await run('bash', 'echo ok')).stdout).toBe('ok\n');
  });

  it('bad requests get clear errors: invalid fields, oversize body', async () => {
    const invalid = await exec({ language: 'ruby', code: '' });
    expect(invalid.status).toBe(400);
    const problem = await invalid.json();
    expect(Object.keys(problem.errors).sort()).toEqual(['code', 'language']);
    const huge = await exec({ language: 'bash', code: `echo ${'a'.repeat(300 * 1024)}` });
    expect(huge.status).toBe(413);
    expect((await huge.json()).detail).toContain('larger than the limit');
    const notJson = await fetch(`${base}/v1/exec`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: '{',
    });
    expect(notJson.status).toBe(400);
  });

  it('when every slot is busy the next request gets a clear 429', async () => {
    const busy = [run('bash', 'sleep 2', { timeoutMs: 5000 }), run('bash', 'sleep 2', { timeoutMs: 5000 })];
    const deadline = Date.now() + 5000;
    while (
      ((await (await fetch(`${base}/health`)).json()) as { slots: { free: number } }).slots.free > 0 &&
      Date.now() < deadline
    ) {
      await new Promise((r) => setTimeout(r, 20));
    }
    const refused = await exec({ language: 'bash', code: 'echo hi' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect((await refused.json()).detail).toBe('All 2 execution slots are busy; retry shortly.');
    expect((await Promise.all(busy)).map((r) => r.exitCode)).toEqual([0, 0]);
    expect((await run('bash', 'echo free')).stdout).toBe('free\n');
  });
});
