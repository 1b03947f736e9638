/** Pure helpers: a proposed test and the repository it tests, shipped to the sandbox as one bash program. */

// The sandbox takes code as one argv string (120 KiB); base64 grows files by a third.
export const MAX_SHIPPED_BYTES = 80 * 1024;
const OUTPUT_CHARS = 4000;

export type TestRun = {
  status: 'passed' | 'failed' | 'not-run';
  command: string;
  exitCode: number | null;
  output: string;
};

function quote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** A bash program that recreates `files` in its fresh working folder and runs `command` there. */
export function sandboxScript(files: Record<string, string>, command: string): string {
  const lines = ['set -e', 'mkdir -p repo && cd repo'];
  for (const [file, content] of Object.entries(files)) {
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
    if (dir) lines.push(`mkdir -p ${quote(dir)}`);
    lines.push(`printf %s ${quote(Buffer.from(content).toString('base64'))} | base64 -d > ${quote(file)}`);
  }
  lines.push('set +e', command);
  return lines.join('\n');
}

export function shippedBytes(files: Record<string, string>): number {
  return Object.values(files).reduce((n, c) => n + Buffer.byteLength(c), 0);
}

/** The tail of stdout and stderr: where a test runner puts its verdict. */
export function testOutput(stdout: string, stderr: string): string {
  const text = [stdout.trimEnd(), stderr.trimEnd()].filter(Boolean).join('\n--- stderr\n');
  return text.length > OUTPUT_CHARS
    ? `[... ${text.length - OUTPUT_CHARS} chars cut]\n${text.slice(-OUTPUT_CHARS)}`
    : text;
}
