import type { JobContext } from '../job-context';
import { MAX_SHIPPED_BYTES, sandboxScript, shippedBytes, type TestRun, testOutput } from './sandbox-script';

const TEST_TIMEOUT_MS = 60_000;

/**
 * Runs a proposed test against the repository in the sandbox, through the job's context: the
 * tracked files (text, up to MAX_SHIPPED_BYTES) and the test are recreated in the sandbox's fresh
 * folder and `command` runs there. Anything that keeps it from running is `not-run`, with why.
 */
export async function runProposedTest(
  ctx: JobContext,
  repo: string,
  test: { path: string; content: string },
  command: string | null,
): Promise<TestRun> {
  if (!command)
    return { status: 'not-run', command: '', exitCode: null, output: 'the sandbox has no runtime for this stack' };
  const files: Record<string, string> = {};
  for (const file of await ctx.workspace.gitFiles(repo)) {
    const text = await ctx.workspace.readText(`${repo}/${file}`).catch(() => null);
    if (text !== null && !text.includes('\0')) files[file] = text;
  }
  files[test.path] = test.content;
  const bytes = shippedBytes(files);
  if (bytes > MAX_SHIPPED_BYTES)
    return {
      status: 'not-run',
      command,
      exitCode: null,
      output: `the repository is too large to ship to the sandbox (${Math.round(bytes / 1024)} KB, at most ${MAX_SHIPPED_BYTES / 1024} KB)`,
    };
  const result = await ctx.sandbox
    .exec({ language: 'bash', code: sandboxScript(files, command), timeoutMs: TEST_TIMEOUT_MS })
    .catch((error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }));
  if ('error' in result) return { status: 'not-run', command, exitCode: null, output: `sandbox: ${result.error}` };
  const output = testOutput(result.stdout, result.stderr) + (result.timedOut ? '\n[timed out]' : '');
  return {
    status: result.exitCode === 0 && !result.timedOut ? 'passed' : 'failed',
    command,
    exitCode: result.exitCode,
    output,
  };
}

/** The body of a staged test: what ran, how it ended, and what it printed. */
export function testRunReport(run: TestRun): string {
  const verdict =
    run.status === 'passed'
      ? 'Ran in the sandbox and passed.'
      : run.status === 'failed'
        ? 'Ran in the sandbox and FAILED: staged for reference only, without a proposed file.'
        : `Not run (${run.output}): staged for reference only, without a proposed file.`;
  const lines = [verdict, ''];
  if (run.command) lines.push(`Command: \`${run.command}\``, `Exit code: ${run.exitCode ?? 'none'}`, '');
  if (run.status !== 'not-run') lines.push('Output:', '```', run.output || '(no output)', '```');
  return lines.join('\n');
}
