import { ShellParseError } from '../../../plugin-lib/shell-parse';
import { expandCommands } from '../../../plugin-lib/shell-unwrap';
import { APPROVE_ENDPOINT, forbiddenReason, writeTargets } from './command-rules';
import type { GovernanceConfig } from './config';
import { patchTargets } from './patch-paths';
import { checkWritePath, type PathVerdict } from './path-rules';

export type Decision = { kind: 'allow' } | { kind: 'block'; reason: string } | { kind: 'approve'; reason: string };

function worst(verdicts: PathVerdict[]): Decision {
  const blocked = verdicts.find((v) => v.kind === 'block');
  if (blocked) return blocked;
  return verdicts.find((v) => v.kind === 'approve') ?? { kind: 'allow' };
}

function checkShell(script: string, config: GovernanceConfig, workdir?: string): Decision {
  if (APPROVE_ENDPOINT.test(script))
    return { kind: 'block', reason: "calls a Buddy approve endpoint: approving staged work is the owner's decision" };
  let cwd = workdir ? checkCwd(workdir, config) : config.workspaceDir;
  const verdicts: PathVerdict[] = [];
  for (const command of expandCommands(script)) {
    const why = forbiddenReason(command);
    if (why)
      return { kind: 'block', reason: command.via.length ? `${why} (hidden behind ${command.via.join(' → ')})` : why };
    if (command.name === 'cd' && command.argv[1] && !command.argv[1].includes('$'))
      cwd = checkCwd(command.argv[1], config, cwd);
    for (const target of writeTargets(command)) verdicts.push(checkWritePath(target, config, cwd));
  }
  return worst(verdicts);
}

function checkCwd(dir: string, config: GovernanceConfig, from = config.workspaceDir): string {
  return dir.startsWith('/') ? dir : `${from}/${dir}`;
}

/** Decides one before_tool_call. Throws on malformed input; the hook turns that into a block. */
export function evaluateCall(toolName: string, params: Record<string, unknown>, config: GovernanceConfig): Decision {
  if (config.writeTools.includes(toolName)) {
    if (toolName === 'apply_patch') {
      const input = params.input ?? params.patch;
      if (typeof input !== 'string') throw new Error('apply_patch needs a string "input"');
      const { writes, deletes } = patchTargets(input);
      if (deletes.length)
        return { kind: 'block', reason: `the patch deletes ${deletes.join(', ')}; agents never delete files` };
      if (writes.length === 0) throw new Error('found no file path in the patch');
      return worst(writes.map((p) => checkWritePath(p, config)));
    }
    const target = params.path ?? params.file_path;
    if (typeof target !== 'string' || target === '') throw new Error(`${toolName} needs a string "path"`);
    return worst([checkWritePath(target, config)]);
  }
  if (config.shellTools.includes(toolName)) {
    const scripts = ['command', 'cmd', 'script', 'data', 'input']
      .map((k) => params[k])
      .filter((v): v is string => typeof v === 'string');
    if (toolName !== 'process' && scripts.length === 0) throw new Error(`${toolName} needs a string "command"`);
    const workdir = typeof params.workdir === 'string' ? params.workdir : undefined;
    if (workdir) {
      const verdict = checkWritePath(workdir, config);
      if (verdict.kind === 'block') return verdict;
    }
    try {
      return worst(scripts.map((s) => checkShell(s, config, workdir)) as PathVerdict[]);
    } catch (error) {
      if (error instanceof ShellParseError)
        return { kind: 'block', reason: `could not read the command safely: ${error.message}` };
      throw error;
    }
  }
  return { kind: 'allow' };
}
