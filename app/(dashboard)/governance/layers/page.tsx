import { LayersView } from '@/components/governance/layers-view';

export const metadata = { title: 'Layers' };

export default function Page() {
  return <LayersView />;
}
