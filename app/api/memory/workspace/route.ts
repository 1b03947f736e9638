import { z } from 'zod';
import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { exportToWorkspace, importFromWorkspace } from '@/lib/memory/sync-openclaw-workspace';
import { workspaceSyncReplySchema } from '@/lib/memory/reply-schemas';

/** Keeps the OpenClaw agent workspace's MEMORY.md and daily notes in step with curated memory. */
export const POST = route(
  { output: workspaceSyncReplySchema, body: z.object({ direction: z.enum(['export', 'import']) }) },
  async ({ body, principal }) => {
    const actor = principalLabel(principal);
    return body.direction === 'export' ? exportToWorkspace(actor) : importFromWorkspace(actor);
  },
);
