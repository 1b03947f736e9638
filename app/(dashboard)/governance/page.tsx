import { GovernanceTabs } from '@/components/governance/governance-tabs';
import { GrantsView } from '@/components/governance/grants-view';
import { PageHeader } from '@/components/ui/page-header';

export const metadata = { title: 'Governance' };

export default function Page() {
  return (
    <>
      <PageHeader
        title="Governance"
        description="Agent grants, the audit log, encrypted secrets and the workspace layers."
      />
      <GovernanceTabs />
      <GrantsView />
    </>
  );
}
