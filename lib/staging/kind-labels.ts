/** Human names for staged kinds, singular and plural, wherever a kind is shown to the owner. */
const LABELS: Record<string, [string, string]> = {
  'drift-report': ['Drift report', 'Drift reports'],
  'code-review': ['Code review', 'Code reviews'],
  'claude-md': ['CLAUDE.md proposal', 'CLAUDE.md proposals'],
  'blog-post': ['Blog post', 'Blog posts'],
  'social-batch': ['Social posts', 'Social post batches'],
  draft: ['Draft', 'Drafts'],
  'feature-proposal': ['Feature proposal', 'Feature proposals'],
  'test-file': ['Test file', 'Test files'],
  'ci-workflow': ['CI workflow', 'CI workflows'],
  briefing: ['Briefing', 'Briefings'],
  'prediction-update': ['Prediction update', 'Prediction updates'],
  'memory-proposal': ['Memory proposal', 'Memory proposals'],
  'model-report': ['Model report', 'Model reports'],
  'architecture-change': ['Architecture change', 'Architecture changes'],
  'ops-request': ['Operations request', 'Operations requests'],
};

export function kindLabel(kind: string, count = 1): string {
  const known = LABELS[kind];
  if (known) return count === 1 ? known[0] : known[1];
  const words = kind.replace(/[-_]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
