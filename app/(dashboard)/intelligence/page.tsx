import { IntelligenceOverview } from '@/components/intelligence/overview';
import { IntelligenceTabs } from '@/components/intelligence/intelligence-tabs';
import { PageHeader } from '@/components/ui/page-header';

export const metadata = { title: 'Intelligence' };

export default function Page() {
  return (
    <>
      <PageHeader
        title="Intelligence"
        description="AI models, your predictions and the news, tracked for the morning."
      />
      <IntelligenceTabs />
      <IntelligenceOverview />
    </>
  );
}
