import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findAgeKeys } from '../lib/governance/age-key-scan';
import { type CheckMode, checkWorkspace } from '../lib/governance/check-workspace';
import { GitError } from '../lib/governance/git';
import { renderHooksConfig } from '../lib/governance/hooks-config';
import { GovernanceConfigError, loadWorkspaceConfig } from '../lib/governance/workspace-config';

/**
 * `npm run governance -- <command>`. Exit codes: 0 ok, 1 violations, 2 usage or configuration error.
 *   check [--staged | --base REF] [--format json] [--only layers|references] [--root DIR] [--config FILE] [--agent]
 *   hooks [--write | --check] [--checker CMD]    generate .pre-commit-config.yaml
 *   scan-age-keys FILE...                       the age secret key rule
 */
const USAGE =
  'usage: governance check [--staged | --base REF] [--format json] [--only layers|references] [--root DIR] | hooks [--write|--check] | scan-age-keys FILE...';
const REFERENCE_RULES = new Set(['references-experiments', 'cross-brand-reference']);
const REPO_CHECKER = 'npm run --silent governance --';

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (!value || value.startsWith('--')) usage(`${name} needs a value`);
  args.splice(i, 2);
  return value;
}

function flag(args: string[], name: string): boolean {
  const i = args.indexOf(name);
  if (i >= 0) args.splice(i, 1);
  return i >= 0;
}

async function check(args: string[]): Promise<number> {
  const base = option(args, '--base');
  const format = option(args, '--format') ?? 'text';
  const only = option(args, '--only');
  const root = path.resolve(option(args, '--root') ?? process.env.BUDDY_WORKSPACE ?? process.cwd());
  // The rules live in Buddy's governance/workspace.yaml; the workspace they govern is --root / BUDDY_WORKSPACE.
  const configFile = option(args, '--config') ?? path.join(import.meta.dirname, '..', 'governance', 'workspace.yaml');
  const staged = flag(args, '--staged');
  const agent = flag(args, '--agent') ? true : undefined;
  if (args.length) usage(`unknown argument: ${args[0]}`);
  if (staged && base) usage('--staged and --base cannot be combined');
  if (!['text', 'json'].includes(format)) usage('--format is text or json');
  if (only && !['layers', 'references'].includes(only)) usage('--only is layers or references');
  const mode: CheckMode = staged ? { kind: 'staged', agent } : base ? { kind: 'base', ref: base } : { kind: 'tree' };
  const result = await checkWorkspace(root, mode, loadWorkspaceConfig(configFile));
  const violations = result.violations.filter((v) => !only || (only === 'references') === REFERENCE_RULES.has(v.rule));
  if (format === 'json')
    console.log(
      JSON.stringify(
        { ok: violations.length === 0, mode: result.mode, filesChecked: result.filesChecked, violations },
        null,
        2,
      ),
    );
  else {
    for (const v of violations) console.log(`${v.file}:${v.line}: [${v.rule}] ${v.message}`);
    console.log(
      violations.length
        ? `${violations.length} governance violation(s).`
        : `governance: ok (${result.filesChecked} files checked, ${result.mode} mode).`,
    );
  }
  return violations.length ? 1 : 0;
}

function hooks(args: string[]): number {
  const file = path.resolve(option(args, '--file') ?? '.pre-commit-config.yaml');
  const checker = option(args, '--checker') ?? REPO_CHECKER;
  const flavour = flag(args, '--builtin') ? 'builtin' : 'upstream';
  const ciBase = option(args, '--ci-base');
  const ci = flag(args, '--ci') ? { checkArgs: ciBase ? `--base ${ciBase}` : '' } : undefined;
  const text = renderHooksConfig({ checker, repoFlavour: flavour, ci });
  if (flag(args, '--write')) {
    writeFileSync(file, text);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
    return 0;
  }
  if (flag(args, '--check')) {
    const current = (() => {
      try {
        return readFileSync(file, 'utf8');
      } catch {
        return '';
      }
    })();
    if (current === text) return 0;
    console.error(`${file} is not what \`npm run governance -- hooks --write\` generates.`);
    return 1;
  }
  process.stdout.write(text);
  return 0;
}

function scanAgeKeys(files: string[]): number {
  const found = findAgeKeys(files);
  for (const f of found)
    console.error(
      `${f.file}:${f.line}: [age-secret-key] an age private key (AGE-SECRET-KEY-…) must never be committed.`,
    );
  return found.length ? 1 : 0;
}

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  if (command === 'check') return check(args);
  if (command === 'hooks') return hooks(args);
  if (command === 'scan-age-keys') return scanAgeKeys(args);
  return usage(command ? `unknown command: ${command}` : 'no command given');
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    if (error instanceof GovernanceConfigError || error instanceof GitError) {
      console.error(`governance: ${error.message}`);
      process.exit(2);
    }
    console.error(error);
    process.exit(2);
  });
