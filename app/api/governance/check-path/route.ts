import { z } from 'zod';
import { route } from '@/lib/auth/route';
import { checkWritePath } from '@/lib/governance/check-write-path';
import { checkPathReplySchema } from '@/lib/governance/reply-schemas';

const body = z.object({ path: z.string().min(1).max(1000) });

/**
 * An agent asks whether it may write a workspace path before staging it. Needs `staging:write`, and
 * the path must be inside the grant's resource patterns (checked by the API guard).
 */
const resource = (input: { body: unknown }) => (input.body as z.infer<typeof body>).path;

export const POST = route(
  { output: checkPathReplySchema, access: { scope: 'staging:write', resource }, body },
  async ({ body }) => checkWritePath(body.path),
);
