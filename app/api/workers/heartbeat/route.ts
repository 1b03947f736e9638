import { json, route } from '@/lib/api/handler';
import { ServiceUnavailableError } from '@/lib/api/errors';
import { enqueue } from '@/lib/queue/queues';

export const POST = route({ access: 'owner' }, async () => {
  const job = await enqueue('system.heartbeat', { reason: 'manual' }).catch(() => {
    throw new ServiceUnavailableError('The job queue (Redis) is not reachable; try again when it is back.');
  });
  return json({ jobId: job.id }, 202);
});
