import { json } from '@/lib/api/handler';
import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { createSandbox } from '@/lib/containers/create-sandbox';
import { listContainers } from '@/lib/containers/list-containers';
import { createContainerBody } from '@/lib/containers/schemas';

export const dynamic = 'force-dynamic';

export const GET = route({ access: { scope: 'containers:read' } }, async () => ({
  containers: await listContainers(),
}));

/** Creates the standalone sandbox with the hardened settings (the only container Buddy creates). */
export const POST = route({ body: createContainerBody }, async ({ principal }) =>
  json(await createSandbox(principalLabel(principal)), 201),
);
