import type { JobContext } from '../job-context';

const MANIFESTS = new Set([
  'package.json',
  'tsconfig.json',
  'pyproject.toml',
  'setup.py',
  'setup.cfg',
  'requirements.txt',
  'go.mod',
  'Cargo.toml',
  'Gemfile',
  'pom.xml',
  'build.gradle',
  'build.gradle.kts',
  'composer.json',
  'Makefile',
  'justfile',
  'Dockerfile',
  'docker-compose.yml',
  'compose.yaml',
  '.tool-versions',
  '.nvmrc',
]);
const MANIFEST_CHARS = 4000;
const TREE_PATHS = 400;

/** What a CLAUDE.md is written from: the tracked tree, the manifest files and the existing CLAUDE.md. */
export async function claudeMdInput(ctx: JobContext, repo: string) {
  const files = await ctx.workspace.gitFiles(repo);
  const tree = files.slice(0, TREE_PATHS).join('\n');
  const treeStats =
    files.length > TREE_PATHS ? `${files.length} files, the first ${TREE_PATHS} listed` : `${files.length} files`;
  // Manifests at the root or one folder down (a monorepo's packages), shortest paths first.
  const manifestPaths = files
    .filter((f) => MANIFESTS.has(f.split('/').pop() ?? '') && f.split('/').length <= 2)
    .sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b))
    .slice(0, 12);
  const manifests: string[] = [];
  for (const file of manifestPaths) {
    const text = await ctx.workspace.readText(`${repo}/${file}`).catch(() => null);
    if (text === null) continue;
    const cut =
      text.length > MANIFEST_CHARS ? `${text.slice(0, MANIFEST_CHARS)}\n[... cut at ${MANIFEST_CHARS} chars]` : text;
    manifests.push(`--- ${file}\n${cut.trimEnd()}`);
  }
  const target = `${repo}/CLAUDE.md`;
  const current = (await ctx.workspace.exists(target)) ? await ctx.workspace.readText(target) : '';
  return { target, tree, treeStats, manifests: manifests.join('\n\n') || '(none)', current };
}
