import { route } from '@/lib/auth/route';
import { auditComposeFile } from '@/lib/containers/audit/audit-compose-file';

export const GET = route({}, async () => ({ services: await auditComposeFile() }));
