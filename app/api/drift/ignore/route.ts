import { route } from '@/lib/auth/route';
import { listIgnoreRules } from '@/lib/drift/list-ignore-rules';
import { ignoreRulesReplySchema } from '@/lib/drift/reply-schemas';

export const GET = route({ output: ignoreRulesReplySchema, access: { scope: 'drift:read' } }, () => listIgnoreRules());
