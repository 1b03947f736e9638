import { route } from '@/lib/auth/route';
import { describeWorkspace } from '@/lib/governance/describe-workspace';

export const GET = route({ access: { scope: 'drift:read' } }, async () => describeWorkspace());
