import { baseName, parseShell, ShellParseError, type SimpleCommand } from './shell-parse';

const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh', 'ksh', 'ash', 'mksh', 'fish']);
/** Prefix commands that run their arguments as another command; value = options that take an argument. */
const WRAPPERS: Record<string, Set<string>> = {
  sudo: new Set(['-u', '-g', '-h', '-p', '-C', '-D', '-r', '-t', '-U']),
  doas: new Set(['-u', '-C']),
  env: new Set(['-u', '-C', '--unset', '--chdir', '-S', '--split-string']),
  nohup: new Set(),
  time: new Set(['-f', '-o']),
  nice: new Set(['-n', '--adjustment']),
  ionice: new Set(['-c', '-n', '-p']),
  timeout: new Set(['-s', '--signal', '-k', '--kill-after']),
  stdbuf: new Set(['-i', '-o', '-e']),
  exec: new Set(['-a']),
  command: new Set(),
  builtin: new Set(),
  xargs: new Set([
    '-I',
    '-i',
    '-n',
    '-P',
    '-L',
    '-l',
    '-d',
    '-E',
    '-e',
    '-s',
    '-a',
    '--max-args',
    '--max-procs',
    '--delimiter',
    '--replace',
    '--arg-file',
  ]),
  busybox: new Set(),
  watch: new Set(['-n', '--interval', '-d']),
  setsid: new Set(),
  chronic: new Set(),
  unbuffer: new Set(),
  flock: new Set(['-w', '-E']),
  chroot: new Set(),
  su: new Set(['-c', '-s', '-g']),
  strace: new Set(['-e', '-o', '-p', '-s']),
  ltrace: new Set(['-e', '-o']),
};
/** Wrappers whose first non-option argument is not the command (duration, lock file, new root). */
const SKIP_FIRST_OPERAND = new Set(['timeout', 'flock', 'chroot']);

/** Reserved words that may precede a command in a compound statement. */
const KEYWORDS = new Set(['{', '}', '!', 'if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until']);

export type ExpandedCommand = SimpleCommand & { name: string; via: string[] };

function isAssignment(word: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*=/.test(word);
}

/** Strips one wrapper; returns the inner argv, a script to re-parse, or null when it is not a wrapper. */
function unwrapOnce(argv: string[]): { argv?: string[]; script?: string } | null {
  const name = baseName(argv[0] ?? '');
  if (SHELLS.has(name)) {
    for (let k = 1; k < argv.length; k++) {
      const a = argv[k] as string;
      if (a === '-c' || (/^-[a-zA-Z]+$/.test(a) && a.includes('c'))) {
        const script = argv[k + 1];
        if (script === undefined) throw new ShellParseError(`${name} -c without a script`);
        return { script };
      }
      if (!a.startsWith('-')) return { argv: argv.slice(k) }; // `bash script.sh`: the script itself runs
    }
    return null;
  }
  if (name === 'eval') return { script: argv.slice(1).join(' ') };
  if (name === 'su') {
    const at = argv.indexOf('-c');
    return at > 0 && argv[at + 1] ? { script: argv[at + 1] as string } : null;
  }
  const withArg = WRAPPERS[name];
  if (!withArg) return null;
  let k = 1;
  if (name === 'env') {
    for (; k < argv.length; k++) {
      const a = argv[k] as string;
      if (a === '-S' || a === '--split-string') return { script: argv.slice(k + 1).join(' ') };
      if (withArg.has(a)) k++;
      else if (!a.startsWith('-') && !isAssignment(a)) break;
    }
  } else {
    for (; k < argv.length; k++) {
      const a = argv[k] as string;
      if (a === '--') {
        k++;
        break;
      }
      if (!a.startsWith('-')) break;
      if (withArg.has(a)) k++;
    }
    if (SKIP_FIRST_OPERAND.has(name)) k++;
  }
  return { argv: argv.slice(k) };
}

/** `find ... -exec cmd args ;` runs cmd: return each such inner command. */
function findExecs(argv: string[]): string[][] {
  const out: string[][] = [];
  for (let k = 0; k < argv.length; k++) {
    if (!['-exec', '-execdir', '-ok', '-okdir'].includes(argv[k] as string)) continue;
    const end = argv.findIndex((a, j) => j > k && (a === ';' || a === '+'));
    out.push(argv.slice(k + 1, end === -1 ? undefined : end));
  }
  return out;
}

/**
 * Every command the script would run, with wrappers (sudo, env, xargs, timeout, sh -c, eval,
 * find -exec ...) peeled off. `via` records the wrappers, for messages.
 */
export function expandCommands(script: string, depth = 0): ExpandedCommand[] {
  if (depth > 8) throw new ShellParseError('command nests wrappers too deeply');
  const out: ExpandedCommand[] = [];
  for (const command of parseShell(script)) {
    let argv = command.argv.filter((_, k) => k > 0 || !isAssignment(command.argv[0] as string));
    while (argv.length && (isAssignment(argv[0] as string) || KEYWORDS.has(argv[0] as string))) argv = argv.slice(1);
    const via: string[] = [];
    for (let guard = 0; guard < 16 && argv.length; guard++) {
      const inner = unwrapOnce(argv);
      if (!inner) break;
      via.push(baseName(argv[0] as string));
      if (inner.script !== undefined) {
        for (const c of expandCommands(inner.script, depth + 1)) out.push({ ...c, via: [...via, ...c.via] });
        argv = [];
        break;
      }
      argv = inner.argv ?? [];
      while (argv.length && isAssignment(argv[0] as string)) argv = argv.slice(1);
    }
    if (argv.length === 0 && command.redirects.length === 0) continue;
    out.push({ argv, redirects: command.redirects, name: baseName(argv[0] ?? ''), via });
    for (const exec of findExecs(argv)) {
      if (exec.length)
        out.push({ argv: exec, redirects: [], name: baseName(exec[0] as string), via: [...via, 'find -exec'] });
    }
  }
  return out;
}
