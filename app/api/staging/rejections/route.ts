import { z } from 'zod';
import { route } from '@/lib/auth/route';
import { listRejections } from '@/lib/staging/list-rejections';
import { rejectionsReplySchema } from '@/lib/staging/reply-schemas';

const query = z.object({ since: z.coerce.date() });

export const GET = route(
  { output: rejectionsReplySchema, access: { scope: 'staging:read' }, query },
  async ({ query }) => ({
    rejections: await listRejections(query.since),
  }),
);
