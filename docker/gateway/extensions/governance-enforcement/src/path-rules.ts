import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { GovernanceConfig } from './config';

export type PathVerdict = { kind: 'allow' } | { kind: 'block'; reason: string } | { kind: 'approve'; reason: string };

/** Follows symlinks on the part of the path that exists, so a link cannot smuggle a write elsewhere. */
function realpathOfExisting(target: string): string {
  let existing = target;
  const rest: string[] = [];
  while (existing !== path.dirname(existing)) {
    try {
      return path.join(realpathSync(existing), ...rest.reverse());
    } catch {
      rest.push(path.basename(existing));
      existing = path.dirname(existing);
    }
  }
  return target;
}

function inside(rel: string, dir: string): boolean {
  return rel === dir || rel.startsWith(`${dir}/`);
}

/** Classifies a path the agent wants to write, relative to `cwd` (defaults to the workspace). */
export function checkWritePath(raw: string, config: GovernanceConfig, cwd = config.workspaceDir): PathVerdict {
  if (raw.includes('\0')) return { kind: 'block', reason: 'path contains a NUL byte' };
  if (/^~/.test(raw)) return { kind: 'block', reason: `"${raw}" is in a home directory, outside the workspace` };
  if (/\$|\$\(…\)/.test(raw))
    return { kind: 'block', reason: `"${raw}" depends on a variable or substitution; write to a literal path` };
  const root = realpathOfExisting(config.workspaceDir);
  const target = realpathOfExisting(path.resolve(cwd, raw));
  const rel = path.relative(root, target).split(path.sep).join('/');
  if (rel === '..' || rel.startsWith('../') || path.isAbsolute(rel)) {
    return { kind: 'block', reason: `"${raw}" resolves to ${target}, outside the workspace ${root}` };
  }
  for (const dir of config.blockedDirs) {
    if (inside(rel, dir)) return { kind: 'block', reason: `"${raw}" is inside ${dir}/, which agents may never write` };
  }
  for (const dir of config.skillDirs) {
    if (inside(rel, dir)) {
      return {
        kind: 'block',
        reason: `"${raw}" is inside ${dir}/: a skill or extension written there would shadow Buddy's reviewed ones`,
      };
    }
  }
  for (const dir of config.approvalDirs) {
    if (inside(rel, dir))
      return { kind: 'approve', reason: `"${raw}" is inside ${dir}/, which needs the owner's approval` };
  }
  return { kind: 'allow' };
}
