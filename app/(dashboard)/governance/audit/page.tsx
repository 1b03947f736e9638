import { AuditView } from '@/components/governance/audit-view';

export const metadata = { title: 'Audit log' };

export default function Page() {
  return <AuditView />;
}
