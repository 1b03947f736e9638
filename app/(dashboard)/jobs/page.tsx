import { jobsKeys } from '@/components/jobs/keys';
import { JobsPage } from '@/components/jobs/jobs-page';
import { QuerySeed } from '@/components/query-seed';
import { serialize } from '@/lib/api/serialized';
import { listJobs } from '@/lib/jobs/list-jobs';

export const metadata = { title: 'Jobs' };
export const dynamic = 'force-dynamic';

export default async function Page() {
  // Rendered with the catalog in the query cache: no "Loading…" line replaced by the list, and no
  // second fetch and render of the whole list right after the page opens.
  return (
    <QuerySeed seeds={[{ key: jobsKeys.list(), data: serialize(await listJobs()) }]}>
      <JobsPage />
    </QuerySeed>
  );
}
