import { SecretsView } from '@/components/governance/secrets-view';

export const metadata = { title: 'Secrets' };

export default function Page() {
  return <SecretsView />;
}
