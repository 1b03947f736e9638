import { z } from 'zod';
import { route } from '@/lib/auth/route';
import { listDriftHistory } from '@/lib/drift/list-drift-history';
import { driftHistoryReplySchema } from '@/lib/drift/reply-schemas';

export const GET = route(
  {
    output: driftHistoryReplySchema,
    access: { scope: 'drift:read' },
    query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(30) }),
  },
  ({ query }) => listDriftHistory(query.limit),
);
