import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { createSandbox } from '@/lib/containers/create-sandbox';
import { listContainers } from '@/lib/containers/list-containers';
import { createContainerBody } from '@/lib/containers/schemas';
import { containerListReplySchema, containerSummarySchema } from '@/lib/containers/reply-schemas';

export const dynamic = 'force-dynamic';

export const GET = route({ output: containerListReplySchema, access: { scope: 'containers:read' } }, async () => ({
  containers: await listContainers(),
}));

/** Creates the standalone sandbox with the hardened settings (the only container Buddy creates). */
export const POST = route(
  { output: containerSummarySchema, body: createContainerBody, status: 201 },
  async ({ principal }) => createSandbox(principalLabel(principal)),
);
