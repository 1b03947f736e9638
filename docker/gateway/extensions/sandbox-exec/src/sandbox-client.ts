export type SandboxConfig = {
  baseUrl: string;
  token: string;
  defaultTimeoutMs: number;
  maxTimeoutMs: number;
  maxCodeBytes: number;
  blockTools: string[];
};

export type ExecRequest = { language: 'python' | 'node' | 'bash'; code: string; stdin?: string; timeoutMs: number };
export type ExecResult = {
  exitCode: number;
  stdout: string;
  stderr: string;
  durationMs: number;
  timedOut: boolean;
  truncated: boolean;
};

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
    maxCodeBytes: int(raw?.maxCodeBytes, 1024 * 1024),
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
  const data = JSON.parse(text) as Partial<ExecResult>;
  if (typeof data.exitCode !== 'number' || typeof data.stdout !== 'string')
    throw new SandboxError('the sandbox answered with an unexpected shape');
  return {
    exitCode: data.exitCode,
    stdout: data.stdout,
    stderr: data.stderr ?? '',
    durationMs: data.durationMs ?? 0,
    timedOut: Boolean(data.timedOut),
    truncated: Boolean(data.truncated),
  };
}
