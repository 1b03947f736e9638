import path from 'node:path';
import { env } from '../env';

const abs = (p: string) => path.resolve(/*turbopackIgnore: true*/ p);

/** Where drift detection reads the declared side and observes reality; all configurable for tests. */
export function driftRoots() {
  const e = env();
  const architectureFile = abs(e.BUDDY_ARCHITECTURE_FILE);
  return {
    architectureFile,
    changelogFile: e.BUDDY_CHANGELOG_FILE
      ? abs(e.BUDDY_CHANGELOG_FILE)
      : path.join(path.dirname(architectureFile), 'CHANGELOG.md'),
    ignoreFile: abs(e.BUDDY_DRIFTIGNORE_FILE),
    skillsDir: abs(e.BUDDY_SKILLS_DIR),
    extensionsDir: abs(e.BUDDY_EXTENSIONS_DIR),
    secretsDir: abs(e.BUDDY_SECRETS_SOURCE ?? 'secrets'),
    packageJson: abs(e.BUDDY_PACKAGE_JSON),
    workspaceDir: e.workspaceDir,
    containerLabels: e.BUDDY_DRIFT_CONTAINER_LABELS.split(',')
      .map((l) => l.trim())
      .filter(Boolean),
  };
}
