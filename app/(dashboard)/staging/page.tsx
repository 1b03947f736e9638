import { QuerySeed } from '@/components/query-seed';
import { stagingKeys } from '@/components/staging/keys';
import { ReviewQueue } from '@/components/staging/review-queue';
import { PageHeader } from '@/components/ui/page-header';
import { NotFoundError } from '@/lib/api/errors';
import { serialize } from '@/lib/api/serialized';
import { getStagedItem } from '@/lib/staging/get-staged-item';
import { listStagedItems } from '@/lib/staging/list-staged-items';

export const metadata = { title: 'Staging' };
export const dynamic = 'force-dynamic';

export default async function Page() {
  // The first page is rendered on the server: the queue is there the moment the page opens (the
  // filter counts come with the dashboard layout), and so is the first item's detail, which the
  // queue focuses on open: no fetch and second render of the detail pane after hydration.
  const initial = await listStagedItems({ status: 'pending' });
  const first = initial.items[0];
  // Cleaned up between the two reads: the page opens without it and the browser asks as before.
  const detail = first
    ? await getStagedItem(first.id).catch((error) => {
        if (error instanceof NotFoundError) return null;
        throw error;
      })
    : null;
  return (
    <QuerySeed seeds={detail ? [{ key: stagingKeys.item(detail.id), data: serialize(detail) }] : []}>
      <PageHeader
        title="Staging"
        description="What the night produced. Nothing takes effect until you approve it. Press ? for the keys."
      />
      <ReviewQueue initial={serialize(initial)} />
    </QuerySeed>
  );
}
