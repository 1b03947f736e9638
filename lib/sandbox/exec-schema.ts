import { z } from 'zod';

export const LANGUAGES = ['python', 'node', 'bash'] as const;

/** Code travels as one argv string, which Linux caps at 128 KiB. */
export const MAX_CODE_BYTES = 120 * 1024;

export const execRequestSchema = z.object({
  language: z.enum(LANGUAGES),
  code: z
    .string()
    .min(1, 'code is empty')
    .refine((c) => Buffer.byteLength(c) <= MAX_CODE_BYTES, `code is larger than ${MAX_CODE_BYTES} bytes`)
    .refine((c) => !c.includes('\0'), 'code contains a NUL byte'),
  stdin: z.string().optional(),
  timeoutMs: z.number().int().min(100).optional(),
});
export type ExecRequest = z.infer<typeof execRequestSchema>;

export type ExecResult = {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  durationMs: number;
  timedOut: boolean;
  truncated: boolean;
};

/** The interpreter command for a language; the code is passed as an argument, never via a file. */
export function interpreter(language: ExecRequest['language']): string[] {
  if (language === 'python') return ['python3', '-I', '-c'];
  if (language === 'node') return ['node', '-e'];
  return ['bash', '-c'];
}
