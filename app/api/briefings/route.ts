import { route } from '@/lib/auth/route';
import { listBriefings } from '@/lib/briefing/list-briefings';
import { rebuildBriefing } from '@/lib/briefing/rebuild-briefing';
import { briefingRebuiltReplySchema, briefingsReplySchema } from '@/lib/briefing/reply-schemas';

export const GET = route({ output: briefingsReplySchema, access: { scope: 'jobs:read' } }, async () => listBriefings());

// "Rebuild now": composes a fresh briefing of the night from the facts as they are at this moment,
// with the briefing model's summary when a provider is configured.
export const POST = route({ output: briefingRebuiltReplySchema, status: 201 }, async () => rebuildBriefing());
