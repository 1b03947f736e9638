import { route } from '@/lib/auth/route';
import { jobRunsReplySchema } from '@/lib/jobs/reply-schemas';
import { listRuns } from '@/lib/jobs/list-runs';
import { idParams } from '@/lib/api/params';
import { runsQuery } from '@/lib/jobs/schemas';

export const GET = route(
  { access: { scope: 'jobs:read' }, params: idParams, query: runsQuery, output: jobRunsReplySchema },
  async ({ params, query }) => ({
    runs: await listRuns(params.id, query.limit),
  }),
);
