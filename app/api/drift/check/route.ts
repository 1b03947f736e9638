import { route } from '@/lib/auth/route';
import { runDriftCheck } from '@/lib/drift/run-drift-check';

/** "Check now": the same use case the 22:00 health job runs. */
export const POST = route({ access: 'owner' }, () => runDriftCheck({ trigger: 'manual' }));
