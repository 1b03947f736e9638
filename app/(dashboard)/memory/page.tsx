import { MemoryPage } from '@/components/memory/memory-page';

export const metadata = { title: 'Memory' };

export default function Page() {
  return <MemoryPage />;
}
