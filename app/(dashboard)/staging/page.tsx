import { ReviewQueue } from '@/components/staging/review-queue';
import { PageHeader } from '@/components/ui/page-header';
import { serialize } from '@/lib/api/serialized';
import { countStagedItems } from '@/lib/staging/count-staged-items';
import { listStagedItems } from '@/lib/staging/list-staged-items';

export const metadata = { title: 'Staging' };
export const dynamic = 'force-dynamic';

export default async function Page() {
  // The first page and the filter counts are rendered on the server: the queue is there the moment
  // the page opens, and the kind chips do not arrive later and push the list down.
  const [initial, counts] = await Promise.all([listStagedItems({ status: 'pending' }), countStagedItems()]);
  return (
    <>
      <PageHeader
        title="Staging"
        description="What the night produced. Nothing takes effect until you approve it. Press ? for the keys."
      />
      <ReviewQueue initial={serialize(initial)} initialCounts={counts} />
    </>
  );
}
