import { SectionPlaceholder } from '@/components/layout/section-placeholder';

export const metadata = { title: 'Intelligence' };

const COMING = [
  'Follow AI model changes: prices, context windows, deprecations',
  'Keep predictions with probability history, scores and calibration',
  'Read the daily news digest built from your feeds',
];

export default function Page() {
  return <SectionPlaceholder href="/intelligence" coming={COMING} />;
}
