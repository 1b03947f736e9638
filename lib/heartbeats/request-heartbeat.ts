import { ServiceUnavailableError } from '../api/errors';
import { enqueue } from '../queue/queues';

/** Asks a worker to beat now (the owner's "check workers"); answers the queued job's id. */
export async function requestHeartbeat(): Promise<{ jobId: string | undefined }> {
  const job = await enqueue('system.heartbeat', { reason: 'manual' }).catch(() => {
    throw new ServiceUnavailableError('The job queue (Redis) is not reachable; try again when it is back.');
  });
  return { jobId: job.id };
}
