import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { issueGrant } from '@/lib/governance/grants/issue-grant';
import { listGrants } from '@/lib/governance/grants/list-grants';
import { issueGrantSchema } from '@/lib/governance/grants/schemas';
import { grantIssuedReplySchema, grantListReplySchema } from '@/lib/governance/grants/reply-schemas';

export const GET = route({ output: grantListReplySchema }, async () => listGrants());

// Owner only (the default access): agents cannot mint grants for themselves.
export const POST = route(
  { output: grantIssuedReplySchema, body: issueGrantSchema, status: 201 },
  async ({ body, principal }) => issueGrant(body, principalLabel(principal)),
);
