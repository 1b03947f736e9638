import { DriftPage } from '@/components/drift/drift-page';

export const metadata = { title: 'Drift' };

export default function Page() {
  return <DriftPage />;
}
