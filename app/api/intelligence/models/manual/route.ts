import { z } from 'zod';
import { route } from '@/lib/auth/route';
import { manualEntrySchema } from '@/lib/intelligence/prometheus/adapters/manual';
import { addManualModels } from '@/lib/intelligence/prometheus/add-manual-models';
import { snapshotOutcomeReplySchema } from '@/lib/intelligence/reply-schemas';

export const POST = route(
  {
    output: snapshotOutcomeReplySchema,
    body: z.object({ models: z.array(manualEntrySchema).min(1).max(100) }),
    status: 201,
  },
  async ({ body, principal }) => addManualModels(body.models, principal.kind === 'owner' ? 'owner' : 'agent'),
);
