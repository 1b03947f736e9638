import { GovernanceTabs } from '@/components/governance/governance-tabs';
import { AuditView } from '@/components/governance/audit-view';
import { PageHeader } from '@/components/ui/page-header';

export const metadata = { title: 'Audit log' };

export default function Page() {
  return (
    <>
      <PageHeader
        title="Governance"
        description="Agent grants, the audit log, encrypted secrets and the workspace layers."
      />
      <GovernanceTabs />
      <AuditView />
    </>
  );
}
