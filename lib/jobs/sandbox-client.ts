import { z } from 'zod';
import { env } from '../env';

export const execRequestSchema = z.object({
  language: z.string().min(1).max(40),
  code: z.string().max(200_000),
  stdin: z.string().max(1_000_000).optional(),
  timeoutMs: z.number().int().positive().max(600_000).optional(),
});
export type ExecRequest = z.infer<typeof execRequestSchema>;

const execResultSchema = z.object({
  exitCode: z.number().int().nullable(),
  stdout: z.string(),
  stderr: z.string(),
  durationMs: z.number(),
  timedOut: z.boolean(),
  truncated: z.boolean(),
});
export type ExecResult = z.infer<typeof execResultSchema>;

export class SandboxError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'SandboxError';
  }
}

/** Runs code in the sandbox container over its HTTP API; the run's AbortSignal cancels the call. */
export async function sandboxExec(
  request: ExecRequest,
  signal: AbortSignal,
  options: { url?: string; token?: string } = {},
): Promise<ExecResult> {
  const body = execRequestSchema.parse(request);
  const url = options.url ?? env().BUDDY_SANDBOX_URL;
  const token = options.token ?? env().BUDDY_SANDBOX_TOKEN;
  if (!token) throw new SandboxError('sandbox not configured (BUDDY_SANDBOX_TOKEN is empty)');
  const response = await fetch(`${url.replace(/\/$/, '')}/v1/exec`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
    signal,
  });
  if (!response.ok)
    throw new SandboxError(
      `sandbox answered ${response.status}: ${(await response.text()).slice(0, 300)}`,
      response.status,
    );
  return execResultSchema.parse(await response.json());
}
