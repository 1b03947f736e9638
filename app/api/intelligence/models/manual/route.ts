import { z } from 'zod';
import { json } from '@/lib/api/handler';
import { route } from '@/lib/auth/route';
import { manualEntrySchema } from '@/lib/intelligence/prometheus/adapters/manual';
import { addManualModels } from '@/lib/intelligence/prometheus/add-manual-models';

export const POST = route(
  { body: z.object({ models: z.array(manualEntrySchema).min(1).max(100) }) },
  async ({ body, principal }) =>
    json(await addManualModels(body.models, principal.kind === 'owner' ? 'owner' : 'agent'), 201),
);
