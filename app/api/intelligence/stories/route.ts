import { route } from '@/lib/auth/route';
import { itemsPerSource, listStories } from '@/lib/intelligence/sentinel/list-stories';
import { storiesReplySchema } from '@/lib/intelligence/reply-schemas';

export const GET = route({ output: storiesReplySchema, access: { scope: 'intelligence:read' } }, async () => ({
  stories: await listStories(),
  perSource: await itemsPerSource(),
}));
