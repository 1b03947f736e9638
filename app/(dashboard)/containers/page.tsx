import { SectionPlaceholder } from '@/components/layout/section-placeholder';

export const metadata = { title: 'Containers' };

const COMING = [
  'See the gateway, sandbox and dashboard containers: state, health, uptime',
  'Start, stop and restart them, follow their logs and live resource use',
  'Audit every container against the hardening rules (CIS Docker Benchmark)',
];

export default function Page() {
  return <SectionPlaceholder href="/containers" coming={COMING} />;
}
