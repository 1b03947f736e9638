import { type ChildProcess, spawn } from 'node:child_process';

export type WorkerProcess = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

/** A real worker process (npm run worker) with the test's database, Redis prefix and extra env. */
export function startWorker(extraEnv: Record<string, string>): WorkerProcess {
  let output = '';
  // react-server: the condition under which 'server-only' (db, Redis, Docker clients) is the empty marker.
  // tsx as a loader of this node process (not the tsx CLI, which runs the worker in a grandchild):
  // a SIGKILL must hit the worker itself, or a "killed" worker keeps its job lock alive.
  // The V8 flags production starts the worker with (workers/index.ts says why).
  const args = [
    '--max-semi-space-size=1',
    '--liftoff-only',
    '--conditions=react-server',
    '--import',
    'tsx',
    'workers/index.ts',
  ];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, BUDDY_LOG_LEVEL: 'info', NODE_ENV: 'test', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Polls a condition (a database row, a log line) until it holds; fails with the last value seen. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}
