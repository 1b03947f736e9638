import { GovernanceTabs } from '@/components/governance/governance-tabs';
import { LayersView } from '@/components/governance/layers-view';
import { PageHeader } from '@/components/ui/page-header';

export const metadata = { title: 'Layers' };

export default function Page() {
  return (
    <>
      <PageHeader
        title="Governance"
        description="Agent grants, the audit log, encrypted secrets and the workspace layers."
      />
      <GovernanceTabs />
      <LayersView />
    </>
  );
}
