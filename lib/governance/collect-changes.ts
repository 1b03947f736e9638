import { git } from './git';
import type { WorkspaceConfig } from './workspace-config';

export type Change = {
  status: 'A' | 'M' | 'D' | 'R' | 'C' | 'T';
  path: string;
  oldPath?: string;
  /** First changed line in the new file (1 when the whole file is affected). */
  line: number;
  agent: boolean;
  reviewed: boolean;
  commit?: string;
};

function globToRegex(glob: string): RegExp {
  return new RegExp(
    `^${glob
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replaceAll('*', '.*')
      .replaceAll('?', '.')}$`,
    'i',
  );
}

export function isAgentEmail(email: string, config: WorkspaceConfig): boolean {
  return config.agents.authorEmails.some((g) => globToRegex(g).test(email));
}

function hasTrailer(message: string, trailer: string): boolean {
  return new RegExp(`^${trailer.replace(/[-.]/g, '\\$&')}:\\s*\\S`, 'im').test(message);
}

function parseNameStatus(out: string): Array<Pick<Change, 'status' | 'path' | 'oldPath'>> {
  const parts = out.split('\0').filter(Boolean);
  const rows = [];
  for (let i = 0; i < parts.length; ) {
    const code = parts[i++] as string;
    const status = code[0] as Change['status'];
    if (status === 'R' || status === 'C') rows.push({ status, oldPath: parts[i++], path: parts[i++] as string });
    else rows.push({ status, path: parts[i++] as string });
  }
  return rows;
}

function firstLines(cwd: string, diffArgs: string[]): Map<string, number> {
  const lines = new Map<string, number>();
  let current = '';
  for (const row of git(cwd, ['diff', '-U0', '--no-color', '-M', ...diffArgs]).split('\n')) {
    if (row.startsWith('+++ ')) current = row.startsWith('+++ b/') ? row.slice(6) : '';
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)/.exec(row);
    if (hunk && current && !lines.has(current)) lines.set(current, Math.max(1, Number(hunk[1])));
  }
  return lines;
}

/** Staged changes; whether they are an agent's is decided by the committing identity. */
export function stagedChanges(cwd: string, config: WorkspaceConfig, agentOverride?: boolean): Change[] {
  const email = (() => {
    try {
      return git(cwd, ['config', 'user.email']).trim();
    } catch {
      return '';
    }
  })();
  const agent = agentOverride ?? isAgentEmail(email, config);
  const lines = firstLines(cwd, ['--cached']);
  return parseNameStatus(git(cwd, ['diff', '--cached', '--name-status', '-M', '-z'])).map((c) => ({
    ...c,
    line: lines.get(c.path) ?? 1,
    agent,
    reviewed: false,
  }));
}

/** Every commit in base..HEAD, each file once per commit, with that commit's agent/review marks. */
export function changesSince(cwd: string, base: string, config: WorkspaceConfig): Change[] {
  const commits = git(cwd, ['rev-list', '--reverse', `${base}..HEAD`])
    .split('\n')
    .filter(Boolean);
  const changes: Change[] = [];
  for (const commit of commits) {
    const [email = '', message = ''] = git(cwd, ['show', '-s', '--format=%ae%x00%B', commit]).split('\0');
    const agent = isAgentEmail(email, config) || hasTrailer(message, config.agents.trailer);
    const reviewed = hasTrailer(message, config.review.trailer);
    const parent = `${commit}^`;
    const hasParent = git(cwd, ['rev-list', '--parents', '-n', '1', commit]).trim().split(' ').length > 1;
    const range = hasParent ? [parent, commit] : ['4b825dc642cb6eb9a060e54bf8d69288fbee4904', commit];
    const lines = firstLines(cwd, range);
    for (const c of parseNameStatus(git(cwd, ['diff', '--name-status', '-M', '-z', ...range]))) {
      changes.push({ ...c, line: lines.get(c.path) ?? 1, agent, reviewed, commit: commit.slice(0, 12) });
    }
  }
  return changes;
}
