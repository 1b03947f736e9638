import { route } from '@/lib/auth/route';
import { getContainer } from '@/lib/containers/get-container';
import { containerNameParams } from '@/lib/containers/schemas';

export const GET = route({ access: { scope: 'containers:read' }, params: containerNameParams }, async ({ params }) =>
  getContainer(params.name),
);
