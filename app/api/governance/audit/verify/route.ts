import { route } from '@/lib/auth/route';
import { verifyAuditChain } from '@/lib/audit/verify-audit-chain';

export const GET = route({}, async () => verifyAuditChain());
