import { SectionPlaceholder } from '@/components/layout/section-placeholder';

export const metadata = { title: 'Skills' };

const COMING = [
  'Browse the SKILL.md library with search and category filters',
  'See which grants each skill needs and whether it validates',
  "Check the gateway extensions that enforce Buddy's rules at run time",
];

export default function Page() {
  return <SectionPlaceholder href="/skills" coming={COMING} />;
}
