import { IntelligenceTabs } from '@/components/intelligence/intelligence-tabs';
import { ModelsView } from '@/components/intelligence/models-view';
import { PageHeader } from '@/components/ui/page-header';

export const metadata = { title: 'Models · Intelligence' };

export default function Page() {
  return (
    <>
      <PageHeader title="Models" description="Prices, context windows and every change the catalogs report." />
      <IntelligenceTabs />
      <ModelsView />
    </>
  );
}
