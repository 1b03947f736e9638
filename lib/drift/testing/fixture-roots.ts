import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { resetEnvForTests } from '../../env';

/** A declared block for tests, written as a real architecture page with prose around the block. */
export function architecturePage(block: Record<string, unknown>): string {
  return `# Test architecture\n\nProse that must survive.\n\n\`\`\`yaml\n${stringify(block)}\`\`\`\n\nClosing prose.\n`;
}

export const BASE_BLOCK = {
  version: 'v1.7',
  buddy: { version: '0.1.0' },
  containers: {},
  jobs: {},
  skills: { count: 2 },
  extensions: ['governance-enforcement', 'sandbox-exec'],
  secrets: ['anthropic_api_key'],
  workspace: { layers: ['_governance', '_active'] },
};

/** A changelog that agrees with BASE_BLOCK and the fixture folders: structured bullets and prose. */
export const BASE_CHANGELOG = `# Test changelog

## v1.7
- Added secret \`anthropic_api_key\`.
- Added workspace layer \`_active\`.

## v1.6
- Added extensions \`governance-enforcement\` and \`sandbox-exec\`.
- Added workspace layer \`_governance\`.
- A prose bullet about \`something-else\`, which is not compared.
`;

/**
 * Temp folders standing in for skills/, extensions/, secrets/, the workspace and governance/, with
 * the environment pointed at them. Matches BASE_BLOCK until a test changes something.
 */
export function makeFixtureRoots(containerLabels: string) {
  const root = mkdtempSync(path.join(tmpdir(), 'buddy-drift-'));
  const dirs = {
    skills: path.join(root, 'skills'),
    extensions: path.join(root, 'extensions'),
    secrets: path.join(root, 'secrets'),
    workspace: path.join(root, 'workspace'),
    governance: path.join(root, 'governance'),
  };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  const architecture = path.join(dirs.governance, 'architecture.md');
  const ignore = path.join(dirs.governance, '.driftignore');
  const changelog = path.join(dirs.governance, 'CHANGELOG.md');
  const fx = {
    root,
    dirs,
    architecture,
    ignore,
    changelog,
    addSkill: (name: string) => writeFile(path.join(dirs.skills, name, 'SKILL.md'), `# ${name}\n`),
    removeSkill: (name: string) => rmSync(path.join(dirs.skills, name), { recursive: true, force: true }),
    addExtension: (id: string) => writeFile(path.join(dirs.extensions, id, 'openclaw.plugin.json'), `{"id":"${id}"}`),
    removeExtension: (id: string) => rmSync(path.join(dirs.extensions, id), { recursive: true, force: true }),
    addSecret: (name: string) => writeFile(path.join(dirs.secrets, name), 'not-a-real-secret\n'),
    removeSecret: (name: string) => rmSync(path.join(dirs.secrets, name), { force: true }),
    writeArchitecture: (block: Record<string, unknown>) => writeFileSync(architecture, architecturePage(block)),
    writeIgnore: (text: string) => writeFileSync(ignore, text),
    writeChangelog: (text: string) => writeFileSync(changelog, text),
    removeChangelog: () => rmSync(changelog, { force: true }),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
  fx.addSkill('summarise');
  fx.addSkill('triage');
  fx.addExtension('governance-enforcement');
  fx.addExtension('sandbox-exec');
  fx.addSecret('anthropic_api_key');
  mkdirSync(path.join(dirs.workspace, '_governance'));
  mkdirSync(path.join(dirs.workspace, '_active'));
  writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'buddy', version: '0.1.0' }));
  fx.writeArchitecture(BASE_BLOCK);
  fx.writeChangelog(BASE_CHANGELOG);
  Object.assign(process.env, {
    BUDDY_ARCHITECTURE_FILE: architecture,
    BUDDY_DRIFTIGNORE_FILE: ignore,
    BUDDY_CHANGELOG_FILE: changelog,
    BUDDY_SKILLS_DIR: dirs.skills,
    BUDDY_EXTENSIONS_DIR: dirs.extensions,
    BUDDY_SECRETS_SOURCE: dirs.secrets,
    BUDDY_WORKSPACE: dirs.workspace,
    BUDDY_PACKAGE_JSON: path.join(root, 'package.json'),
    BUDDY_DRIFT_CONTAINER_LABELS: containerLabels,
    BUDDY_TZ: 'UTC',
  });
  resetEnvForTests();
  return fx;
}

function writeFile(file: string, content: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}
