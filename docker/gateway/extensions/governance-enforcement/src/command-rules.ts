import { type Invocation, SHELLS } from '../../../plugin-lib/sh/analyze';
import { gitReason } from './git-rules';

const DELETERS = new Set(['rm', 'rmdir', 'unlink', 'shred', 'srm', 'wipe', 'trash', 'trash-put', 'gio']);

/** Buddy endpoints that decide on staged work; only the owner, in the browser, may call them. */
export const APPROVE_ENDPOINT = /\/api\/[^\s'"]*\/(approve|promote)\b|\/api\/staging\/bulk\b/i;

/** Programs that run code given inline or in a file: the checker cannot read what that code does. */
const INTERPRETER =
  /^(python[0-9.]*|pypy[0-9.]*|node|nodejs|deno|bun|perl[0-9.]*|ruby[0-9.]*|irb|php[0-9.]*|lua[0-9.]*|luajit|tclsh|wish|expect|r|rscript|julia|pwsh|powershell|osascript|guile|racket|sbcl|clisp|ghci|runghc|runhaskell|swift|groovy|scala|jshell|java|dotnet|ts-node|tsx|esno|vite-node|gdb|make|gmake|just|rake|ant|busybox|ed|ex|vi|vim|nvim|emacs)$/i;
const DELETING_CODE =
  /\b(shutil\.rmtree|os\.(remove|unlink|rmdir|removedirs)|unlinkSync|rmSync|rmdirSync|fs\.(rm|unlink|rmdir)\b|File\.delete|\bunlink\s*\(|FileUtils\.rm)/;
const VERSION_ONLY = new Set(['--version', '-v', '-V', '--help', '-h', 'version']);

/** Directories whose programs are the system's, not files an agent could have written. */
const SYSTEM_BIN = /^\/(usr\/)?(local\/)?s?bin\/[^/]+$/;

const SCHEDULERS = new Set([
  'crontab',
  'at',
  'batch',
  'atrm',
  'systemd-run',
  'launchctl',
  'schtasks',
  'anacron',
  'service',
  'update-rc.d',
  'chkconfig',
  'rc-update',
  'openclaw',
]);
const SYSTEMCTL_READ = /^(status|show|cat|list-.*|is-.*|help|--version)$/;

export type CommandContext = { protectedReachable: boolean };

function awkWrites(program: string): boolean {
  return /system\s*\(|\|\s*(getline|")|>\s*("|\w)|getline\s*<|printf?[^;]*\|/.test(program);
}

function sedRunsOrWrites(script: string): boolean {
  // a w/W/e command, or an s command ending in a w or e flag
  return /(^|[;{}\n]\s*)[0-9$,/]*[wWe](\s|$)/.test(script) || /^s(.).*\1.*\1[gpIiMm0-9]*[we]/.test(script);
}

function scheduleReason(name: string, args: string[]): string | null {
  if (name === 'systemctl')
    return SYSTEMCTL_READ.test(args.find((a) => !a.startsWith('-')) ?? 'status')
      ? null
      : 'systemctl changes services and timers';
  if (!SCHEDULERS.has(name)) return null;
  if (name === 'crontab' && args.length === 1 && args[0] === '-l') return null;
  if (name === 'openclaw' && args.every((a) => VERSION_ONLY.has(a))) return null;
  if (name === 'openclaw') return 'openclaw changes the gateway (cron jobs, plugins, config): only the owner does that';
  return `${name} changes schedules: only the owner reschedules jobs`;
}

/** Why this program must not run (delete, push, schedule change, unreadable code), or null. */
export function commandReason(inv: Invocation, ctx: CommandContext): string | null {
  const { name, argv } = inv;
  const first = argv[0];
  if (!first) return null;
  const args = argv.slice(1).map((a) => a.text);
  if (first.dynamic) return `the command name "${first.text}" is computed at run time; run a literal command`;
  if (first.pattern) return `the command name "${first.text}" is a glob pattern; name the program`;
  if (DELETERS.has(name))
    return name === 'gio' && args[0] !== 'trash' && args[0] !== 'remove' ? null : `${name} deletes files`;
  if (name === 'find' && args.includes('-delete')) return 'find -delete deletes files';
  if (name === 'rsync' && args.some((a) => a.startsWith('--delete') || a === '--remove-source-files'))
    return 'rsync --delete deletes files';
  if ((name === 'mv' || name === 'cp') && args.at(-1) === '/dev/null')
    return `${name} onto /dev/null destroys the file`;
  if (name === 'truncate' || (name === 'dd' && args.some((a) => a.startsWith('of=')) && args.includes('if=/dev/zero')))
    return `${name} destroys file contents`;
  if (name === 'git') return gitReason(argv);
  if (name === 'gh' && ['repo', 'release'].includes(args[0] ?? '') && args[1] === 'delete')
    return `gh ${args[0]} delete deletes remotely`;
  const schedule = scheduleReason(name, args);
  if (schedule) return schedule;
  if (name === 'enable' || (name === 'hash' && args.includes('-p'))) return `${name} changes what a command name runs`;
  if (INTERPRETER.test(name) && DELETING_CODE.test(args.join(' '))) return `${name} code that deletes files`;
  if (!ctx.protectedReachable) return null;
  // From here on: code the checker cannot read. It is refused while the workspace's protected layers
  // are reachable; the OS mounts would still stop it, but one layer is not enough.
  const why = 'the checker cannot read what it does while _governance and _archive are reachable; use sandbox_exec';
  if (first.text.includes('/') && !SYSTEM_BIN.test(first.text)) return `${first.text} runs a script file: ${why}`;
  if (name === 'source' || name === '.') return `${name} runs a script file: ${why}`;
  if (SHELLS.has(name) && args.some((a) => !a.startsWith('-'))) return `${name} ${args[0]} runs a script file: ${why}`;
  if (INTERPRETER.test(name) && !(args.length > 0 && args.every((a) => VERSION_ONLY.has(a))))
    return `${name} runs code given inline or in a file: ${why}`;
  if (/^(g|m|n)?awk$/.test(name) && awkWrites(args.filter((a) => !a.startsWith('-')).join(' ')))
    return `${name} program that writes files or runs commands: ${why}`;
  if (
    name === 'sed' &&
    sedRunsOrWrites(
      args
        .filter((a) => !a.startsWith('-'))
        .slice(0, 1)
        .concat(args.filter((_, i) => argv[i]?.text === '-e'))
        .join('\n'),
    )
  )
    return `sed script with a w or e command: ${why}`;
  return null;
}
