import type { Completion, CompletionRequest, ModelProvider } from './types';

const RETRYABLE = new Set([408, 409, 429, 500, 502, 503, 504, 529]);

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}

/** 429/5xx and dropped connections are worth another try; 4xx (bad request, auth) never are. */
export function isRetryable(error: unknown): boolean {
  const status = statusOf(error);
  if (status !== undefined) return RETRYABLE.has(status);
  const name = (error as { name?: string })?.name ?? '';
  return name === 'APIConnectionError' || name === 'APIConnectionTimeoutError';
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export type RetryOptions = {
  maxAttempts?: number;
  baseDelayMs?: number;
  deadline?: number;
  onRetry?: (attempt: number, error: unknown) => void;
};

/**
 * Exponential backoff with jitter, within the run's budget: a retry that could not start before the
 * deadline is not attempted, and the run's AbortSignal cancels both the wait and the request.
 */
export async function completeWithRetries(
  provider: ModelProvider,
  request: CompletionRequest,
  options: RetryOptions = {},
): Promise<Completion> {
  const maxAttempts = options.maxAttempts ?? 4;
  const base = options.baseDelayMs ?? 500;
  for (let attempt = 1; ; attempt++) {
    try {
      return await provider.completeOnce(request);
    } catch (error) {
      if (request.signal.aborted) throw request.signal.reason;
      if (attempt >= maxAttempts || !isRetryable(error)) throw error;
      const delay = Math.round(base * 2 ** (attempt - 1) * (0.8 + Math.random() * 0.4));
      if (options.deadline !== undefined && Date.now() + delay >= options.deadline) throw error;
      options.onRetry?.(attempt, error);
      await sleep(delay, request.signal);
    }
  }
}
