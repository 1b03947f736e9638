import { route } from '@/lib/auth/route';
import { getContainer } from '@/lib/containers/get-container';
import { containerNameParams } from '@/lib/containers/schemas';
import { containerSummarySchema } from '@/lib/containers/reply-schemas';

export const GET = route(
  { output: containerSummarySchema, access: { scope: 'containers:read' }, params: containerNameParams },
  async ({ params }) => getContainer(params.name),
);
