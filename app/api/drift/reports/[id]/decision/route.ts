import { idParams } from '@/lib/api/params';
import { z } from 'zod';
import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { decideDriftReport } from '@/lib/drift/decide-drift-report';
import { stagingDecisions } from '@/lib/staged-kinds/staging-decisions';
import { driftDecisionReplySchema } from '@/lib/drift/reply-schemas';

// MERGE SEAM: see lib/drift/decide-drift-report.ts; owner-only, like every staging decision.
export const POST = route(
  {
    output: driftDecisionReplySchema,
    access: 'owner',
    params: idParams,
    body: z.object({ decision: z.enum(['approve', 'reject']) }),
  },
  async ({ params, body, principal }) =>
    decideDriftReport(stagingDecisions, params.id, body.decision, principalLabel(principal)),
);
