import { route } from '@/lib/auth/route';
import { runDriftCheck } from '@/lib/drift/run-drift-check';
import { driftCheckReplySchema } from '@/lib/drift/reply-schemas';

/** "Check now": the same use case the 22:00 health job runs. */
export const POST = route({ output: driftCheckReplySchema, access: 'owner' }, () =>
  runDriftCheck({ trigger: 'manual' }),
);
