import { idParams } from '@/lib/api/params';
import { route } from '@/lib/auth/route';
import { getStagedItem } from '@/lib/staging/get-staged-item';

export const GET = route({ access: { scope: 'staging:read' }, params: idParams }, async ({ params }) =>
  getStagedItem(params.id),
);
