import { route } from '@/lib/auth/route';
import { getContainer } from '@/lib/containers/get-container';
import { containerNameParams } from '@/lib/containers/schemas';

export const GET = route(
  { params: containerNameParams },
  async ({ params }) => (await getContainer(params.name)).audit,
);
