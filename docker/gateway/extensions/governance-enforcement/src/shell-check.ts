import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeScript, type Invocation } from '../../../plugin-lib/sh/analyze';
import { expandGlob } from '../../../plugin-lib/sh/glob';
import type { Cwd } from '../../../plugin-lib/sh/walk';
import type { Field } from '../../../plugin-lib/sh/words';
import { APPROVE_ENDPOINT, commandReason } from './command-rules';
import type { GovernanceConfig } from './config';
import { envReason } from './env-rules';
import {
  checkWritePath,
  holdsProtectedLayer,
  type PathVerdict,
  type PlannedLinks,
  protectedLayerOf,
  resolvePath,
} from './path-rules';
import { effectsOf } from './write-targets';
import { isReadOnly, npmScriptName } from './read-only';

export type Decision = PathVerdict;
const block = (reason: string): Decision => ({ kind: 'block', reason });

const WRITE_OPS = new Set(['>', '>>', '>|', '<>', '&>', '&>>']);
const HARMLESS_TARGET = /^\/dev\/(null|stdout|stderr|tty|fd\/\d+)$/;

export function worst(verdicts: Decision[]): Decision {
  return verdicts.find((v) => v.kind === 'block') ?? verdicts.find((v) => v.kind === 'approve') ?? { kind: 'allow' };
}

function protectedReachable(config: GovernanceConfig): boolean {
  return config.blockedDirs.some((dir) => existsSync(path.join(config.workspaceDir, dir)));
}

/** The literal paths a field names from each possible working directory, or why it cannot be known. */
function candidates(field: Field, cwds: Cwd[]): { raw: string; cwd: string }[] | string {
  if (field.dynamic) return `"${field.text}" is only known at run time; write to a literal path`;
  const out: { raw: string; cwd: string }[] = [];
  for (const cwd of cwds) {
    if (cwd === null) {
      if (!field.text.startsWith('/')) return `"${field.text}" is relative to a directory only known at run time`;
      out.push({ raw: field.text, cwd: '/' });
      continue;
    }
    for (const raw of field.pattern ? expandGlob(field.pattern, cwd) : [field.text]) out.push({ raw, cwd });
  }
  return out;
}

class ShellChecker {
  private readonly verdicts: Decision[] = [];
  private readonly links: PlannedLinks = new Map();
  private readonly reachable: boolean;

  constructor(
    private readonly config: GovernanceConfig,
    private readonly depth = 0,
  ) {
    this.reachable = protectedReachable(config);
  }

  write(field: Field, cwds: Cwd[], what = 'writes'): Decision | null {
    const found = candidates(field, cwds);
    if (typeof found === 'string') return block(`${what} ${found}`);
    for (const { raw, cwd } of found) {
      if (HARMLESS_TARGET.test(raw)) continue;
      const verdict = checkWritePath(raw, this.config, cwd, this.links);
      if (verdict.kind === 'block') return verdict;
      this.verdicts.push(verdict);
    }
    return null;
  }

  private link(ref: Field, at: Field | null, symbolic: boolean, cwds: Cwd[]): Decision | null {
    const refs = candidates(ref, cwds);
    if (typeof refs === 'string') return block(`a link to ${refs}`);
    for (const { raw, cwd } of refs) {
      const atPath = at && !at.dynamic ? path.resolve(cwd, at.text) : cwd;
      const linkPath =
        at && existsSync(atPath)
          ? path.join(atPath, path.basename(raw))
          : at
            ? atPath
            : path.join(cwd, path.basename(raw));
      // a symlink's text is read from the link's own folder; a hard link's from the cwd. Check both.
      for (const base of symbolic ? [path.dirname(linkPath), cwd] : [cwd]) {
        const resolved = resolvePath(path.resolve(base, raw), this.links);
        const layer = protectedLayerOf(resolved, this.config);
        if (layer)
          return block(`links ${linkPath} to ${resolved}, inside ${layer}/; writes through it would land there`);
        if (holdsProtectedLayer(resolved, this.config))
          return block(`links ${linkPath} to ${resolved}, a folder that holds the protected layers`);
      }
      this.links.set(linkPath, resolvePath(path.resolve(path.dirname(linkPath), raw), this.links));
    }
    return null;
  }

  invocation(inv: Invocation): Decision | null {
    const cwds = inv.record.cwds;
    const env = envReason(
      [...inv.env, ...inv.record.assigns].map((a) => a.name),
      'the command',
    );
    if (env) return block(env);
    const why = commandReason(inv, { protectedReachable: this.reachable });
    if (why) return block(inv.via.length ? `${why} (hidden behind ${inv.via.join(' → ')})` : why);
    for (const r of inv.record.redirects) {
      if (!WRITE_OPS.has(r.op) && !(r.op === '>&' && r.target[0] && !/^(\d+|-)$/.test(r.target[0].text))) continue;
      for (const t of r.target) {
        const verdict = this.write(t, cwds, `redirects output to a path that`);
        if (verdict) return verdict;
      }
    }
    for (const cwd of cwds) {
      if (cwd === null || !inv.name) continue;
      const layer = protectedLayerOf(resolvePath(cwd, this.links), this.config);
      if (layer && !isReadOnly(inv)) return block(`${inv.name} runs inside ${layer}/, which agents may never change`);
    }
    const effects = effectsOf(inv);
    for (const l of effects.links) {
      const verdict = this.link(l.ref, l.at, l.symbolic, cwds);
      if (verdict) return verdict;
    }
    for (const w of effects.writes) {
      const verdict = this.write(w, cwds);
      if (verdict) return verdict;
      const found = candidates(w, cwds);
      if (typeof found !== 'string' && ['cp', 'mv', 'rsync', 'install', 'tar', 'unzip', 'scp', 'ln'].includes(inv.name))
        for (const { raw, cwd } of found)
          if (holdsProtectedLayer(resolvePath(path.resolve(cwd, raw), this.links), this.config))
            return block(
              `${inv.name} into "${raw}", a folder that holds _governance and _archive; name a folder below it`,
            );
    }
    for (const r of effects.removes) {
      const verdict = this.write(r, cwds, 'moves away a path that');
      if (verdict)
        return verdict.kind === 'block' ? block(verdict.reason.replace('write', 'move files out of')) : verdict;
    }
    if (effects.writesCwd) {
      for (const cwd of cwds) {
        if (cwd === null) return block(`${inv.name} writes into a directory only known at run time`);
        if (holdsProtectedLayer(resolvePath(cwd, this.links), this.config))
          return block(
            `${inv.name} writes files into ${cwd}, which holds _governance and _archive; run it in a folder below`,
          );
        const verdict = checkWritePath('.', this.config, cwd, this.links);
        if (verdict.kind === 'block') return verdict;
        this.verdicts.push(verdict);
      }
    }
    if (!isReadOnly(inv) && !effects.writes.length && this.reachable) {
      const generic = this.genericOperands(inv, cwds);
      if (generic) return generic;
    }
    return this.npmScripts(inv, cwds);
  }

  /** A program this checker does not know: refuse it when an argument names a protected path. */
  private genericOperands(inv: Invocation, cwds: Cwd[]): Decision | null {
    for (const arg of inv.argv.slice(1)) {
      if (arg.dynamic) continue;
      const texts = [
        arg.text,
        arg.text.split('=').slice(1).join('='),
        arg.text.startsWith('-') ? arg.text.slice(2) : '',
      ];
      for (const text of texts.filter(Boolean)) {
        const found = candidates({ ...arg, text, pattern: text === arg.text ? arg.pattern : null }, cwds);
        if (typeof found === 'string') continue;
        for (const { raw, cwd } of found) {
          const resolved = resolvePath(path.resolve(cwd, raw), this.links);
          const layer = protectedLayerOf(resolved, this.config);
          if (layer) return block(`${inv.name} is given "${raw}" inside ${layer}/ and may change it`);
          if (holdsProtectedLayer(resolved, this.config) && arg.text !== '-')
            return block(
              `${inv.name} is given "${raw}", a folder that holds _governance and _archive; name a folder below it`,
            );
        }
      }
    }
    return null;
  }

  /** `npm test`, `npm run x`: the package.json script is shell text too; check it the same way. */
  private npmScripts(inv: Invocation, cwds: Cwd[]): Decision | null {
    const script = npmScriptName(inv);
    if (!script) return null;
    for (const cwd of cwds) {
      if (cwd === null) return block(`${inv.name} runs package scripts from a directory only known at run time`);
      let scripts: Record<string, unknown> = {};
      try {
        scripts = JSON.parse(readFileSync(path.join(cwd, 'package.json'), 'utf8')).scripts ?? {};
      } catch {
        continue; // no package.json: npm fails without running anything
      }
      for (const name of [`pre${script}`, script, `post${script}`]) {
        const text = scripts[name];
        if (typeof text !== 'string') continue;
        const verdict = checkShell(text, this.config, cwd, undefined, this.depth + 1);
        if (verdict.kind === 'block') return block(`npm script "${name}": ${verdict.reason}`);
        this.verdicts.push(verdict);
      }
    }
    return null;
  }

  result(): Decision {
    return worst(this.verdicts);
  }
}

/** Decides one shell command line run in `workdir` (default: the workspace) with extra `env`. */
export function checkShell(
  script: string,
  config: GovernanceConfig,
  workdir?: string,
  env?: Record<string, unknown>,
  depth = 0,
): Decision {
  if (depth > 4) return block('package scripts call each other too deeply to check');
  if (APPROVE_ENDPOINT.test(script))
    return block("calls a Buddy approve endpoint: approving staged work is the owner's decision");
  const envWhy = env ? envReason(Object.keys(env), 'the exec call') : null;
  if (envWhy) return block(envWhy);
  const start = workdir ? path.resolve(config.workspaceDir, workdir) : config.workspaceDir;
  const analysis = analyzeScript(script, start);
  const checker = new ShellChecker(config, depth);
  const assignedWhy = envReason(analysis.assigned, 'the command');
  if (assignedWhy) return block(assignedWhy);
  const opaque = analysis.opaque[0];
  if (opaque) return block(`${opaque.via.join(' → ') || 'the command'} ${opaque.reason}; the checker cannot read it`);
  for (const inv of analysis.invocations) {
    const verdict = checker.invocation(inv);
    if (verdict) return verdict;
  }
  return checker.result();
}
