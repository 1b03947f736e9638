import { route } from '@/lib/auth/route';
import { getContainer } from '@/lib/containers/get-container';
import { containerNameParams } from '@/lib/containers/schemas';
import { auditReportSchema } from '@/lib/containers/reply-schemas';

export const GET = route(
  { output: auditReportSchema, params: containerNameParams },
  async ({ params }) => (await getContainer(params.name)).audit,
);
