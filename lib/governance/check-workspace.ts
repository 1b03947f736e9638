import { lstatSync, openSync, readSync, closeSync, readlinkSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { changesSince, stagedChanges, type Change } from './collect-changes';
import { changeViolations } from './change-rules';
import { git, isGitRepo } from './git';
import { layerOf } from './layers';
import { pathLiteralEdges } from './path-literal-edges';
import { pythonEdges } from './python-edges';
import { referenceViolations } from './reference-target';
import { SCRIPT_FILE, scriptEdges } from './ts-edges';
import { uniqueViolations, type Violation } from './violation';
import { GovernanceConfigError, loadWorkspaceConfig, type WorkspaceConfig } from './workspace-config';

/** Larger files are not read (a 2 GB file must not be loaded into memory); they are a finding. */
export const MAX_SCANNED_BYTES = 500 * 1024;

export type CheckMode = { kind: 'tree' } | { kind: 'staged'; agent?: boolean } | { kind: 'base'; ref: string };
export type CheckResult = { violations: Violation[]; filesChecked: number; mode: CheckMode['kind'] };

/**
 * Runs every rule on a workspace: change rules over the staged changes or base..HEAD, reference
 * rules (experiments, cross-brand) over the changed files or, in tree mode, over every tracked file.
 */
export async function checkWorkspace(root: string, mode: CheckMode, config?: WorkspaceConfig): Promise<CheckResult> {
  const cfg = config ?? loadWorkspaceConfig(path.join(root, 'governance', 'workspace.yaml'));
  if (!isGitRepo(root))
    throw new GovernanceConfigError(`${root} is not a git repository; the checker reads changes from git.`);
  let changes: Change[] = [];
  if (mode.kind === 'staged') changes = stagedChanges(root, cfg, mode.agent);
  if (mode.kind === 'base') {
    git(root, ['rev-parse', '--verify', `${mode.ref}^{commit}`]);
    changes = changesSince(root, mode.ref, cfg);
  }
  const files =
    mode.kind === 'tree'
      ? git(root, ['ls-files', '-z']).split('\0').filter(Boolean)
      : [...new Set(changes.filter((c) => c.status !== 'D').map((c) => c.path))];
  const violations = [...changeViolations(changes), ...(await referenceRules(root, files, cfg))];
  return { violations: uniqueViolations(violations), filesChecked: files.length, mode: mode.kind };
}

async function referenceRules(root: string, files: string[], config: WorkspaceConfig): Promise<Violation[]> {
  const out: Violation[] = [];
  const readable: Array<{ file: string; text: string }> = [];
  for (const file of files.filter((f) => layerOf(f) !== null)) {
    const abs = path.join(root, file);
    let stat: ReturnType<typeof lstatSync>;
    try {
      stat = lstatSync(abs);
    } catch {
      continue;
    }
    if (stat.isSymbolicLink()) {
      out.push(...symlinkRules(root, file, abs, config));
      continue;
    }
    if (!stat.isFile()) continue;
    if (stat.size > MAX_SCANNED_BYTES) {
      out.push({
        rule: 'file-too-large',
        file,
        line: 1,
        message: `${file} is ${Math.round(stat.size / 1024)} KB, over the ${MAX_SCANNED_BYTES / 1024} KB limit; not scanned and not allowed.`,
      });
      continue;
    }
    const text = readText(abs, stat.size);
    if (text !== null) readable.push({ file, text });
  }
  const scripts = await scriptEdges(
    root,
    readable.filter((r) => SCRIPT_FILE.test(r.file)).map((r) => r.file),
  );
  for (const { file, text } of readable) {
    const edges = [...(scripts.get(file) ?? []), ...pathLiteralEdges(file, text)];
    if (file.endsWith('.py')) edges.push(...pythonEdges(root, file, text, config));
    for (const edge of edges) out.push(...referenceViolations(file, edge.line, edge.target, config, edge.via));
  }
  return out;
}

function symlinkRules(root: string, file: string, abs: string, config: WorkspaceConfig): Violation[] {
  try {
    realpathSync(abs);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') {
      return [
        { rule: 'symlink-loop', file, line: 1, message: `${file} is a symbolic link loop; it cannot be checked.` },
      ];
    }
  }
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), readlinkSync(abs)));
  if (path.isAbsolute(readlinkSync(abs)) || target.startsWith('..')) {
    return [{ rule: 'symlink-escapes-workspace', file, line: 1, message: `${file} links outside the workspace.` }];
  }
  void root;
  return referenceViolations(file, 1, target, config, 'symbolic link');
}

function readText(abs: string, size: number): string | null {
  const fd = openSync(abs, 'r');
  try {
    const buffer = Buffer.alloc(size);
    readSync(fd, buffer, 0, size, 0);
    return buffer.subarray(0, 8000).includes(0) ? null : buffer.toString('utf8');
  } finally {
    closeSync(fd);
  }
}
