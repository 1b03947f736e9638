import { SectionPlaceholder } from '@/components/layout/section-placeholder';

export const metadata = { title: 'Drift' };

const COMING = [
  'Compare the documented architecture with what actually runs',
  'Accept drift as a documentation change, or keep it open until reality is fixed',
  'Manage ignore rules and run a check on demand',
];

export default function Page() {
  return <SectionPlaceholder href="/drift" coming={COMING} />;
}
