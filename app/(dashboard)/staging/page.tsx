import { ReviewQueue } from '@/components/staging/review-queue';
import type { QueuePage } from '@/components/staging/types';
import { PageHeader } from '@/components/ui/page-header';
import { listStagedItems } from '@/lib/staging/list-staged-items';

export const metadata = { title: 'Staging' };
export const dynamic = 'force-dynamic';

export default async function Page() {
  // The first page is rendered on the server so the queue is there the moment the page opens.
  const initial = JSON.parse(JSON.stringify(await listStagedItems({ status: 'pending' }))) as QueuePage;
  return (
    <>
      <PageHeader
        title="Staging"
        description="What the night produced. Nothing takes effect until you approve it. Press ? for the keys."
      />
      <ReviewQueue initial={initial} />
    </>
  );
}
