import { SectionPlaceholder } from '@/components/layout/section-placeholder';

export const metadata = { title: 'Jobs' };

const COMING = [
  'See the nightly schedule in words and cron, with the next and last run of each job',
  'Re-enable a job whose circuit breaker opened after repeated failures',
  "Run a job now, pause or resume it, and read each run's log and outputs",
];

export default function Page() {
  return <SectionPlaceholder href="/jobs" coming={COMING} />;
}
