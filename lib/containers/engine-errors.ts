import { AppError, ConflictError, NotFoundError, ServiceUnavailableError } from '../api/errors';
import { dockerAddress } from '../docker/client';

type DockerError = Error & { code?: string; statusCode?: number; reason?: string; json?: { message?: string } | null };

const where = dockerAddress;

/**
 * Turns what dockerode throws into Buddy's typed errors with a sentence a person can act on:
 * an engine that is down, a socket Buddy may not open, a container that does not exist.
 */
export function engineError(error: unknown, subject?: string): AppError {
  if (error instanceof AppError) return error;
  const e = error as DockerError;
  const message = e?.json?.message ?? e?.message ?? String(error);
  if (e?.code === 'EACCES' || e?.code === 'EPERM') {
    return new ServiceUnavailableError(
      `Buddy has no permission to use the Docker engine at ${where()} (${e.code}). Add Buddy's user to the docker group or point DOCKER_HOST at the socket proxy.`,
    );
  }
  if (
    ['ECONNREFUSED', 'ENOENT', 'ECONNRESET', 'EHOSTUNREACH', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND'].includes(e?.code ?? '')
  ) {
    return new ServiceUnavailableError(
      `The Docker engine at ${where()} is unreachable (${e.code}). Is dockerd running?`,
    );
  }
  if (e?.statusCode === 404) return new NotFoundError(subject ? `No container named "${subject}".` : message);
  if (e?.statusCode === 403) {
    return new ServiceUnavailableError(`The Docker engine (or its socket proxy) refused this request: ${message}`);
  }
  if (e?.statusCode === 409) return new ConflictError(message);
  return new ServiceUnavailableError(`The Docker engine failed: ${message.split('\n')[0]}`);
}

/** Runs a Docker call and rethrows its failure as a typed error. */
export async function onEngine<T>(call: () => Promise<T>, subject?: string): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw engineError(error, subject);
  }
}
