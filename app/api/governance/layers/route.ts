import { route } from '@/lib/auth/route';
import { describeWorkspace } from '@/lib/governance/describe-workspace';
import { workspaceReplySchema } from '@/lib/governance/reply-schemas';

export const GET = route({ output: workspaceReplySchema, access: { scope: 'drift:read' } }, async () =>
  describeWorkspace(),
);
