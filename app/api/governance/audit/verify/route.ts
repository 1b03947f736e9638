import { route } from '@/lib/api/handler';
import { verifyAuditChain } from '@/lib/audit/verify-audit-chain';

export const GET = route({}, async () => verifyAuditChain());
