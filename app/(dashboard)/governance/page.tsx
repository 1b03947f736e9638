import { SectionPlaceholder } from '@/components/layout/section-placeholder';

export const metadata = { title: 'Governance' };

const COMING = [
  'See the five workspace layers and what each allows',
  'Issue, re-authorize and revoke scoped 90-day agent grants',
  'Read the hash-chained audit log and the status of encrypted secrets',
];

export default function Page() {
  return <SectionPlaceholder href="/governance" coming={COMING} />;
}
