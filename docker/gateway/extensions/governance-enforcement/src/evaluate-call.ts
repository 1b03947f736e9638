import path from 'node:path';
import { ShellParseError } from '../../../plugin-lib/sh/parse';
import type { GovernanceConfig } from './config';
import { patchTargets } from './patch-paths';
import { checkWritePath, protectedLayerOf, resolvePath } from './path-rules';
import { checkShell, type Decision, worst } from './shell-check';

export type { Decision };

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
    const workdir =
      typeof params.workdir === 'string' ? params.workdir : typeof params.cwd === 'string' ? params.cwd : undefined;
    // a working directory outside the workspace is refused; one inside a protected layer is fine for
    // reading, and the shell rules refuse anything that would write there
    if (workdir && !protectedLayerOf(resolvePath(path.resolve(config.workspaceDir, workdir)), config)) {
      const verdict = checkWritePath(workdir, config);
      if (verdict.kind === 'block') return verdict;
    }
    const env = params.env;
    if (env !== undefined && (typeof env !== 'object' || env === null || Array.isArray(env)))
      throw new Error(`${toolName} "env" must be an object`);
    try {
      return worst(scripts.map((s) => checkShell(s, config, workdir, env as Record<string, unknown> | undefined)));
    } catch (error) {
      if (error instanceof ShellParseError)
        return { kind: 'block', reason: `could not read the command safely: ${error.message}` };
      throw error;
    }
  }
  return { kind: 'allow' };
}
