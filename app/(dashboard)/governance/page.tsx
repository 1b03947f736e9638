import { GrantsView } from '@/components/governance/grants-view';

export const metadata = { title: 'Governance' };

export default function Page() {
  return <GrantsView />;
}
