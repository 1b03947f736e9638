import { env } from '../env';
import { type ExecRequest, type ExecResult, execRequestSchema, execResultSchema } from '../sandbox/exec-schema';

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
