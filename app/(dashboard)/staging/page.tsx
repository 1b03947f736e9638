import { SectionPlaceholder } from '@/components/layout/section-placeholder';

export const metadata = { title: 'Staging' };

const COMING = [
  'Review staged outputs of the overnight jobs: drafts, code reviews, proposals, drift reports',
  'Approve or reject with a reason, one at a time or in bulk, by keyboard (j/k/a/r/x)',
  'See proposed files as diffs against the workspace before they are promoted',
];

export default function Page() {
  return <SectionPlaceholder href="/staging" coming={COMING} />;
}
