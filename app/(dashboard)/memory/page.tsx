import { SectionPlaceholder } from '@/components/layout/section-placeholder';

export const metadata = { title: 'Memory' };

const COMING = [
  "Search the agents' long-term memory with ranked, highlighted matches",
  'Edit, pin, archive and merge near-duplicate entries, with full history',
  'Import and export OpenClaw memory files',
];

export default function Page() {
  return <SectionPlaceholder href="/memory" coming={COMING} />;
}
