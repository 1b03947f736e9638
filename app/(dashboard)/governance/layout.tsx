import type { ReactNode } from 'react';
import { GovernanceTabs } from '@/components/governance/governance-tabs';
import { PageHeader } from '@/components/ui/page-header';

/** The four governance tabs share one header and tab bar; each page renders only its view. */
export default function GovernanceLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <PageHeader
        title="Governance"
        description="Agent grants, the audit log, encrypted secrets and the workspace layers."
      />
      <GovernanceTabs />
      {children}
    </>
  );
}
