import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { SandboxConfig } from './config';
import { type ExecRequest, type ExecResult, interpreter } from './exec-schema';
import { killUserProcesses } from './kill-user-processes';

// Runs as the runner uid: limits that the program cannot raise, then its own fresh 0700 directory.
const WRAPPER =
  'ulimit -u "$2" -f "$3" || exit 125; mkdir -m 700 -- "$1" && cd -- "$1" || exit 125; shift 3; exec "$@"';

type Runner = { uid: number; gid: number } | undefined;

/** Root switches to the slot's runner uid; a server started unprivileged (development) runs as itself. */
function runnerFor(slot: number, config: SandboxConfig): Runner {
  if (process.getuid?.() !== 0) return undefined;
  const uid = config.SANDBOX_RUNNER_UID_BASE + slot;
  return { uid, gid: uid };
}

class CappedBuffer {
  private chunks: Buffer[] = [];
  private size = 0;
  overflowed = false;
  constructor(private readonly limit: number) {}
  push(chunk: Buffer): boolean {
    if (this.overflowed) return false;
    const room = this.limit - this.size;
    if (chunk.length > room) {
      this.chunks.push(chunk.subarray(0, room));
      this.size = this.limit;
      this.overflowed = true;
      return false;
    }
    this.chunks.push(chunk);
    this.size += chunk.length;
    return true;
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

/** Kills the program's process group and every process of its uid; returns how many it found. */
function stopEverything(pid: number | undefined, runner: Runner): number {
  let killed = 0;
  if (pid) {
    try {
      process.kill(-pid, 'SIGKILL');
      killed++;
    } catch {
      // The group is already gone.
    }
  }
  return runner ? killUserProcesses(runner.uid) : killed;
}

async function removeWorkDir(dir: string, runner: Runner): Promise<void> {
  if (!runner) return rm(dir, { recursive: true, force: true });
  // Files inside belong to the runner, so the runner removes them (root holds no DAC override).
  await new Promise<void>((resolve) => {
    const child = spawn('/bin/rm', ['-rf', '--', dir], { uid: runner.uid, gid: runner.gid, stdio: 'ignore' });
    child.on('error', () => resolve());
    child.on('close', () => resolve());
  });
}

/** Runs one program to completion within its limits; never throws for anything the program does. */
export async function runProgram(request: ExecRequest, slot: number, config: SandboxConfig): Promise<ExecResult> {
  const runner = runnerFor(slot, config);
  const timeoutMs = Math.min(request.timeoutMs ?? config.SANDBOX_DEFAULT_TIMEOUT_MS, config.SANDBOX_MAX_TIMEOUT_MS);
  const dir = path.join(config.SANDBOX_WORK_ROOT, randomBytes(12).toString('hex'));
  const started = performance.now();
  const fileBlocks = String(config.SANDBOX_MAX_FILE_MB * 1024);
  const args = [
    '-c',
    WRAPPER,
    'sandbox',
    dir,
    String(config.SANDBOX_MAX_PROCESSES),
    fileBlocks,
    ...interpreter(request.language),
    request.code,
  ];
  // Nothing of the server's environment leaks into the program.
  const programEnv = {
    PATH: '/usr/local/bin:/usr/bin:/bin',
    HOME: dir,
    TMPDIR: dir,
    LANG: 'C.UTF-8',
    PYTHONDONTWRITEBYTECODE: '1',
  } as unknown as NodeJS.ProcessEnv;
  const child: ChildProcessWithoutNullStreams = spawn('/bin/bash', args, {
    cwd: '/',
    detached: true,
    stdio: 'pipe',
    env: programEnv,
    uid: runner?.uid,
    gid: runner?.gid,
  });
  const stdout = new CappedBuffer(config.SANDBOX_MAX_OUTPUT_BYTES);
  const stderr = new CappedBuffer(config.SANDBOX_MAX_OUTPUT_BYTES);
  let timedOut = false;
  let truncated = false;
  const overflow = () => {
    if (truncated) return;
    truncated = true;
    stopEverything(child.pid, runner);
  };
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk) || overflow());
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk) || overflow());
  child.stdin.on('error', () => undefined);
  child.stdin.end(request.stdin ?? '');
  const timer = setTimeout(() => {
    timedOut = true;
    stopEverything(child.pid, runner);
  }, timeoutMs);

  let leftovers = 0;
  const exitCode = await new Promise<number | null>((resolve) => {
    child.on('error', () => resolve(null));
    // Background processes may hold the pipes open after the main one exits: they die with it.
    child.on('exit', (code) => {
      if (!timedOut && !truncated) leftovers = runner ? killUserProcesses(runner.uid) : 0;
      stopEverything(child.pid, runner);
      resolve(code);
    });
  });
  await new Promise<void>((resolve) =>
    child.stdout.closed && child.stderr.closed ? resolve() : child.on('close', () => resolve()),
  );
  clearTimeout(timer);
  await removeWorkDir(dir, runner);

  const notes: string[] = [];
  if (timedOut) notes.push(`[sandbox] stopped after the ${timeoutMs} ms time limit`);
  if (leftovers > 0)
    notes.push(
      `[sandbox] stopped ${leftovers} background process${leftovers === 1 ? '' : 'es'} still running when the program ended`,
    );
  if (truncated)
    notes.push(`[sandbox] output exceeded ${config.SANDBOX_MAX_OUTPUT_BYTES} bytes; the program was stopped`);
  const err = stderr.text();
  return {
    exitCode,
    stdout: stdout.text(),
    stderr: notes.length ? `${err}${err && !err.endsWith('\n') ? '\n' : ''}${notes.join('\n')}\n` : err,
    durationMs: Math.round(performance.now() - started),
    timedOut,
    truncated,
  };
}
