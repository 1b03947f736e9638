import { route } from '@/lib/auth/route';
import { listWorkers } from '@/lib/heartbeats/list-workers';

export const GET = route({ access: { scope: 'jobs:read' } }, async () => ({ workers: await listWorkers() }));
