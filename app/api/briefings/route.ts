import { json } from '@/lib/api/handler';
import { route } from '@/lib/auth/route';
import { buildBriefing } from '@/lib/briefing/build-briefing';
import { listBriefings } from '@/lib/briefing/list-briefings';

export const GET = route({ access: { scope: 'jobs:read' } }, async () => listBriefings());

// "Rebuild now": composes a fresh briefing from the facts as they are at this moment.
export const POST = route({}, async () => json(await buildBriefing({ trigger: 'manual' }), 201));
