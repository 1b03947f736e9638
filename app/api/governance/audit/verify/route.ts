import { route } from '@/lib/auth/route';
import { verifyAuditChain } from '@/lib/audit/verify-audit-chain';
import { auditChainReplySchema } from '@/lib/audit/reply-schemas';

export const GET = route({ output: auditChainReplySchema }, async () => verifyAuditChain());
