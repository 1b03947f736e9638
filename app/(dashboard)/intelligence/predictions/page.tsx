import { IntelligenceTabs } from '@/components/intelligence/intelligence-tabs';
import { PredictionsView } from '@/components/intelligence/predictions-view';
import { PageHeader } from '@/components/ui/page-header';

export const metadata = { title: 'Predictions · Intelligence' };

export default function Page() {
  return (
    <>
      <PageHeader title="Predictions" description="Forecasts with their history, resolutions and scores." />
      <IntelligenceTabs />
      <PredictionsView />
    </>
  );
}
