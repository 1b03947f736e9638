import path from 'node:path';

export type GovernanceConfig = {
  workspaceDir: string;
  blockedDirs: string[];
  approvalDirs: string[];
  skillDirs: string[];
  writeTools: string[];
  shellTools: string[];
  buddyUrl: string;
  buddyToken: string;
};

const DEFAULTS = {
  blockedDirs: ['_governance', '_archive'],
  approvalDirs: ['_foundation'],
  // A skill or plugin written into the workspace would shadow Buddy's reviewed ones.
  skillDirs: ['skills', '.agents/skills', '.openclaw/skills', '.openclaw/extensions', 'extensions'],
  writeTools: ['write', 'edit', 'apply_patch'],
  shellTools: ['exec', 'bash', 'process'],
  buddyUrl: 'http://dashboard:5050',
};

function strings(value: unknown, fallback: string[]): string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : fallback;
}

/** Throws when the config cannot support a safe decision; the hook then blocks everything. */
export function readConfig(raw: Record<string, unknown> | undefined): GovernanceConfig {
  const workspaceDir = raw?.workspaceDir;
  if (typeof workspaceDir !== 'string' || !path.isAbsolute(workspaceDir)) {
    throw new Error('plugin config "workspaceDir" must be an absolute path');
  }
  const clean = (dirs: string[]) => dirs.map((d) => d.replace(/^\.?\/+|\/+$/g, ''));
  return {
    workspaceDir: path.resolve(workspaceDir),
    blockedDirs: clean(strings(raw?.blockedDirs, DEFAULTS.blockedDirs)),
    approvalDirs: clean(strings(raw?.approvalDirs, DEFAULTS.approvalDirs)),
    skillDirs: clean(strings(raw?.skillDirs, DEFAULTS.skillDirs)),
    writeTools: strings(raw?.writeTools, DEFAULTS.writeTools),
    shellTools: strings(raw?.shellTools, DEFAULTS.shellTools),
    buddyUrl: typeof raw?.buddyUrl === 'string' ? raw.buddyUrl.replace(/\/+$/, '') : DEFAULTS.buddyUrl,
    buddyToken: typeof raw?.buddyToken === 'string' ? raw.buddyToken : '',
  };
}
