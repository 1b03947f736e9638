import { route } from '@/lib/api/handler';
import { listWorkers } from '@/lib/workers/list-workers';

export const GET = route({ access: { scope: 'jobs:read' } }, async () => ({ workers: await listWorkers() }));
