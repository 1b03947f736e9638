import {
  type ExecRequest as SharedExecRequest,
  type ExecResult,
  execResultSchema,
} from '../../../../../lib/sandbox/exec-schema';

export type SandboxConfig = {
  baseUrl: string;
  token: string;
  defaultTimeoutMs: number;
  maxTimeoutMs: number;
  blockTools: string[];
};

/** A request as the shared schema parsed it, with the timeout this gateway settled on. */
export type ExecRequest = SharedExecRequest & { timeoutMs: number };

const int = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : fallback);

export function readConfig(raw: Record<string, unknown> | undefined): SandboxConfig {
  const token = raw?.token;
  if (typeof token !== 'string' || token === '')
    throw new Error('plugin config "token" (the sandbox API token) is required');
  return {
    baseUrl: (typeof raw?.baseUrl === 'string' ? raw.baseUrl : 'http://sandbox:9500').replace(/\/+$/, ''),
    token,
    defaultTimeoutMs: int(raw?.defaultTimeoutMs, 30_000),
    maxTimeoutMs: int(raw?.maxTimeoutMs, 120_000),
    blockTools: Array.isArray(raw?.blockTools)
      ? (raw.blockTools as string[])
      : ['exec', 'bash', 'process', 'code_execution'],
  };
}

export class SandboxError extends Error {}

/** One call to the sandbox API; the HTTP timeout leaves the sandbox 5 s to report its own timeout. */
export async function execInSandbox(
  config: SandboxConfig,
  request: ExecRequest,
  fetchImpl: typeof fetch = fetch,
): Promise<ExecResult> {
  let response: Response;
  try {
    response = await fetchImpl(`${config.baseUrl}/v1/exec`, {
      method: 'POST',
      headers: { authorization: `Bearer ${config.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(request),
      signal: AbortSignal.timeout(request.timeoutMs + 5_000),
      // the token is for this service only: a redirect elsewhere must not carry it (issue 15 item 8)
      redirect: 'error',
    });
  } catch (error) {
    throw new SandboxError(
      `the sandbox at ${config.baseUrl} did not answer: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const text = await response.text();
  if (response.status === 429)
    throw new SandboxError('the sandbox is at its concurrency limit (429); retry in a few seconds');
  if (response.status === 401 || response.status === 403)
    throw new SandboxError(`the sandbox refused the token (${response.status})`);
  if (!response.ok) throw new SandboxError(`the sandbox answered ${response.status}: ${text.slice(0, 300)}`);
  const result = execResultSchema.safeParse(JSON.parse(text));
  if (!result.success) throw new SandboxError('the sandbox answered with an unexpected shape');
  return result.data;
}
