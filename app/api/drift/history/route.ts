import { z } from 'zod';
import { route } from '@/lib/auth/route';
import { listDriftHistory } from '@/lib/drift/list-drift-history';

export const GET = route(
  { access: { scope: 'drift:read' }, query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(30) }) },
  ({ query }) => listDriftHistory(query.limit),
);
