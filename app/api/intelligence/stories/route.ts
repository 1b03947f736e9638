import { route } from '@/lib/auth/route';
import { itemsPerSource, listStories } from '@/lib/intelligence/sentinel/list-stories';

export const GET = route({ access: { scope: 'intelligence:read' } }, async () => ({
  stories: await listStories(),
  perSource: await itemsPerSource(),
}));
