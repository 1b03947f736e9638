// zod/mini as a namespace: the gateway extension bundles this file, and esbuild then keeps only what it uses
// (45 KB; the full zod made the bundle 750 KB).
import * as z from 'zod/mini';

/**
 * The one contract of a sandbox run: the sandbox server, the job client (lib/jobs/sandbox-client.ts)
 * and the gateway's sandbox-exec extension all parse requests with this schema.
 */
export const LANGUAGES = ['python', 'node', 'bash'] as const;

/** Code travels as one argv string, which Linux caps at 128 KiB. */
export const MAX_CODE_BYTES = 120 * 1024;
/** stdin is piped, not passed in argv, so it may be larger. */
export const MAX_STDIN_BYTES = 1024 * 1024;

const bytes = (s: string) => new TextEncoder().encode(s).length;

export const execRequestSchema = z.object({
  language: z.enum(LANGUAGES, { error: `language must be one of ${LANGUAGES.join(', ')}` }),
  code: z.string().check(
    z.minLength(1, 'code is empty'),
    z.refine((c) => bytes(c) <= MAX_CODE_BYTES, `code must be at most ${MAX_CODE_BYTES} bytes`),
    z.refine((c) => !c.includes('\0'), 'code contains a NUL byte'),
  ),
  stdin: z.optional(
    z.string().check(z.refine((c) => bytes(c) <= MAX_STDIN_BYTES, `stdin must be at most ${MAX_STDIN_BYTES} bytes`)),
  ),
  timeoutMs: z.optional(z.int().check(z.gte(100))),
});
export type ExecRequest = z.infer<typeof execRequestSchema>;

export const execResultSchema = z.object({
  exitCode: z.nullable(z.int()),
  stdout: z.string(),
  stderr: z.string(),
  durationMs: z.number(),
  timedOut: z.boolean(),
  truncated: z.boolean(),
});
export type ExecResult = z.infer<typeof execResultSchema>;

/** The interpreter command for a language; the code is passed as an argument, never via a file. */
export function interpreter(language: ExecRequest['language']): string[] {
  if (language === 'python') return ['python3', '-I', '-c'];
  if (language === 'node') return ['node', '-e'];
  return ['bash', '-c'];
}
