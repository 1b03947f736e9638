import { route } from '@/lib/api/handler';
import { itemsPerSource, listStories } from '@/lib/intelligence/sentinel/list-stories';

export const GET = route({ access: { scope: 'intelligence:read' } }, async () => ({
  stories: await listStories(),
  perSource: await itemsPerSource(),
}));
