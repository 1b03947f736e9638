import { route } from '@/lib/auth/route';
import { auditFilterSchema, listAuditEvents } from '@/lib/audit/list-audit-events';

export const GET = route({ query: auditFilterSchema }, async ({ query }) => listAuditEvents(query));
