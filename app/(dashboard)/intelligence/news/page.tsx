import { IntelligenceTabs } from '@/components/intelligence/intelligence-tabs';
import { NewsView } from '@/components/intelligence/news-view';
import { PageHeader } from '@/components/ui/page-header';

export const metadata = { title: 'News · Intelligence' };

export default function Page() {
  return (
    <>
      <PageHeader title="News" description="Stories from your feeds, deduplicated, and the daily digest." />
      <IntelligenceTabs />
      <NewsView />
    </>
  );
}
