import { route } from '@/lib/api/handler';
import { auditComposeFile } from '@/lib/containers/audit/audit-compose-file';

export const GET = route({}, async () => ({ services: await auditComposeFile() }));
