import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { updateJobSettings } from '@/lib/jobs/owner-actions';
import { jobIdParams, settingsBody } from '@/lib/jobs/schemas';

export const PATCH = route({ params: jobIdParams, body: settingsBody }, async ({ params, body, principal }) =>
  updateJobSettings(params.id, body, principalLabel(principal)),
);
