import { route } from '@/lib/auth/route';
import { auditFilterSchema, listAuditEvents } from '@/lib/audit/list-audit-events';
import { auditEventsReplySchema } from '@/lib/audit/reply-schemas';

export const GET = route({ output: auditEventsReplySchema, query: auditFilterSchema }, async ({ query }) =>
  listAuditEvents(query),
);
