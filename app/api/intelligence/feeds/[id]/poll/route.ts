import { idParams } from '@/lib/api/params';
import { route } from '@/lib/auth/route';
import { pollFeedNow } from '@/lib/intelligence/sentinel/manage-feeds';

export const POST = route({ params: idParams }, async ({ params }) => pollFeedNow(params.id));
