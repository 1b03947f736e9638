import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { updateJobSettings } from '@/lib/jobs/owner-actions';
import { idParams } from '@/lib/api/params';
import { settingsBody } from '@/lib/jobs/schemas';
import { settingsReplySchema } from '@/lib/jobs/reply-schemas';

export const PATCH = route(
  { output: settingsReplySchema, params: idParams, body: settingsBody },
  async ({ params, body, principal }) => updateJobSettings(params.id, body, principalLabel(principal)),
);
