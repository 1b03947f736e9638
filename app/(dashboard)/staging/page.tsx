import { ReviewQueue } from '@/components/staging/review-queue';
import { PageHeader } from '@/components/ui/page-header';
import { serialize } from '@/lib/api/serialized';
import { listStagedItems } from '@/lib/staging/list-staged-items';

export const metadata = { title: 'Staging' };
export const dynamic = 'force-dynamic';

export default async function Page() {
  // The first page is rendered on the server: the queue is there the moment the page opens (the
  // filter counts come with the dashboard layout).
  const initial = await listStagedItems({ status: 'pending' });
  return (
    <>
      <PageHeader
        title="Staging"
        description="What the night produced. Nothing takes effect until you approve it. Press ? for the keys."
      />
      <ReviewQueue initial={serialize(initial)} />
    </>
  );
}
