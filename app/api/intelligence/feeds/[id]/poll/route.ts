import { idParams } from '@/lib/api/params';
import { route } from '@/lib/auth/route';
import { pollFeedNow } from '@/lib/intelligence/sentinel/manage-feeds';
import { pollReplySchema } from '@/lib/intelligence/reply-schemas';

export const POST = route({ output: pollReplySchema, params: idParams }, async ({ params }) => pollFeedNow(params.id));
