import { route } from '@/lib/auth/route';
import { workersReplySchema } from '@/lib/heartbeats/reply-schemas';
import { listWorkers } from '@/lib/heartbeats/list-workers';

export const GET = route({ access: { scope: 'jobs:read' }, output: workersReplySchema }, async () => ({
  workers: await listWorkers(),
}));
