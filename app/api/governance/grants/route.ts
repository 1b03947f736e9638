import { json } from '@/lib/api/handler';
import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { issueGrant } from '@/lib/governance/grants/issue-grant';
import { listGrants } from '@/lib/governance/grants/list-grants';
import { issueGrantSchema } from '@/lib/governance/grants/schemas';

export const GET = route({}, async () => listGrants());

// Owner only (the default access): agents cannot mint grants for themselves.
export const POST = route({ body: issueGrantSchema }, async ({ body, principal }) =>
  json(await issueGrant(body, principalLabel(principal)), 201),
);
