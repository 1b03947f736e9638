import { JobsPage } from '@/components/jobs/jobs-page';
import { serialize } from '@/lib/api/serialized';
import { listJobs } from '@/lib/jobs/list-jobs';

export const metadata = { title: 'Jobs' };
export const dynamic = 'force-dynamic';

export default async function Page() {
  // Rendered with the catalog in it: a "Loading…" line replaced by the list moved the whole page.
  return <JobsPage initial={serialize(await listJobs())} />;
}
