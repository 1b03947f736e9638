import { GovernanceTabs } from '@/components/governance/governance-tabs';
import { SecretsView } from '@/components/governance/secrets-view';
import { PageHeader } from '@/components/ui/page-header';

export const metadata = { title: 'Secrets' };

export default function Page() {
  return (
    <>
      <PageHeader
        title="Governance"
        description="Agent grants, the audit log, encrypted secrets and the workspace layers."
      />
      <GovernanceTabs />
      <SecretsView />
    </>
  );
}
