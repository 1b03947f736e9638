import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { GovernanceConfig } from './config';

export type PathVerdict = { kind: 'allow' } | { kind: 'block'; reason: string } | { kind: 'approve'; reason: string };

/** Symlinks the command itself creates (link path -> what it points to), absolute. */
export type PlannedLinks = Map<string, string>;

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

/** Rewrites a path through links made earlier in the same command, then through links on disk. */
export function resolvePath(abs: string, links?: PlannedLinks): string {
  let current = path.resolve(abs);
  for (let round = 0; round < 8 && links?.size; round++) {
    let changed = false;
    for (const [link, ref] of links) {
      if (current === link || current.startsWith(`${link}/`)) {
        current = path.join(ref, current.slice(link.length));
        changed = true;
      }
    }
    if (!changed) break;
  }
  return realpathOfExisting(current);
}

function inside(rel: string, dir: string): boolean {
  return rel === dir || rel.startsWith(`${dir}/`);
}

export function workspaceRoot(config: GovernanceConfig): string {
  return realpathOfExisting(config.workspaceDir);
}

/** Where a resolved path sits relative to the workspace's protected layers. */
export function protectedLayerOf(resolved: string, config: GovernanceConfig): string | null {
  const rel = path.relative(workspaceRoot(config), resolved).split(path.sep).join('/');
  return config.blockedDirs.find((dir) => inside(rel, dir)) ?? null;
}

/** True when `resolved` is the workspace root or a folder above a protected layer (`cp -r x .`). */
export function holdsProtectedLayer(resolved: string, config: GovernanceConfig): boolean {
  const root = workspaceRoot(config);
  return config.blockedDirs.some((dir) => {
    const rel = path.relative(resolved, path.join(root, dir));
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  });
}

/** Classifies a path the agent wants to write, relative to `cwd` (defaults to the workspace). */
export function checkWritePath(
  raw: string,
  config: GovernanceConfig,
  cwd = config.workspaceDir,
  links?: PlannedLinks,
): PathVerdict {
  if (raw.includes('\0')) return { kind: 'block', reason: 'path contains a NUL byte' };
  if (/^~/.test(raw)) return { kind: 'block', reason: `"${raw}" is in a home directory, outside the workspace` };
  if (/\$|\$\(…\)/.test(raw))
    return { kind: 'block', reason: `"${raw}" depends on a variable or substitution; write to a literal path` };
  const root = workspaceRoot(config);
  const target = resolvePath(path.resolve(cwd, raw), links);
  const rel = path.relative(root, target).split(path.sep).join('/');
  if (rel === '..' || rel.startsWith('../') || path.isAbsolute(rel)) {
    return { kind: 'block', reason: `"${raw}" resolves to ${target}, outside the workspace ${root}` };
  }
  for (const dir of config.blockedDirs) {
    if (inside(rel, dir)) return { kind: 'block', reason: `"${raw}" is inside ${dir}/, which agents may never write` };
  }
  if (rel.split('/').some((segment) => segment.toLowerCase() === '.git')) {
    return { kind: 'block', reason: `"${raw}" is inside a .git folder: its config and hooks run commands` };
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
