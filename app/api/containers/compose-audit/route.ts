import { route } from '@/lib/auth/route';
import { auditComposeFile } from '@/lib/containers/audit/audit-compose-file';
import { composeAuditReplySchema } from '@/lib/containers/reply-schemas';

export const GET = route({ output: composeAuditReplySchema }, async () => ({ services: await auditComposeFile() }));
