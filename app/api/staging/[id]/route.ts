import { z } from 'zod';
import { route } from '@/lib/auth/route';
import { getStagedItem } from '@/lib/staging/get-staged-item';

const params = z.object({ id: z.string().min(1).max(100) });

export const GET = route({ access: { scope: 'staging:read' }, params }, async ({ params }) => getStagedItem(params.id));
