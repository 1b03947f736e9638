import { ShellParseError } from './parse';
import { type Assignment, type CommandRecord, type Cwd, walkScript } from './walk';
import type { Field } from './words';

/**
 * A program the script runs, with wrappers (sudo, env, xargs, timeout, find -exec, sh -c, eval ...)
 * peeled off. `via` names the wrappers, for messages; `env` holds assignments made for it alone.
 */
export type Invocation = { name: string; argv: Field[]; via: string[]; env: Assignment[]; record: CommandRecord };
/** Code the checker cannot see: a computed script, a script read from a pipe. */
export type Opaque = { reason: string; via: string[] };
export type Analysis = { invocations: Invocation[]; opaque: Opaque[]; assigned: Set<string> };

export const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh', 'ksh', 'ash', 'mksh', 'fish', 'rbash', 'yash', 'posh']);

/** Prefix commands that run their operands as a command; value = their options that take an argument. */
const WRAPPERS: Record<string, string[]> = {
  sudo: ['-u', '-g', '-h', '-p', '-C', '-D', '-r', '-t', '-U', '-R', '-T'],
  doas: ['-u', '-C'],
  env: ['-u', '-C', '--unset', '--chdir'],
  nohup: [],
  time: ['-f', '-o', '--format', '--output'],
  nice: ['-n', '--adjustment'],
  ionice: ['-c', '-n', '-p', '--class', '--classdata'],
  timeout: ['-s', '--signal', '-k', '--kill-after'],
  stdbuf: ['-i', '-o', '-e'],
  exec: ['-a'],
  command: [],
  builtin: [],
  xargs: [
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
  ],
  busybox: [],
  setsid: [],
  chronic: [],
  unbuffer: [],
  flock: ['-w', '-E', '--timeout', '--conflict-exit-code'],
  chroot: ['--userspec', '--groups'],
  strace: ['-e', '-o', '-p', '-s', '-u'],
  ltrace: ['-e', '-o', '-p', '-u'],
  taskset: [],
  chrt: [],
  prlimit: [],
  unshare: [],
  nsenter: ['-t', '--target'],
  runuser: ['-u', '-g', '-G', '--user', '--group'],
  setpriv: [],
  fakeroot: [],
  catchsegv: [],
  firejail: [],
  torsocks: [],
  proxychains: [],
  proxychains4: [],
  parallel: ['-j', '--jobs', '-S', '--sshlogin'],
};
/** Wrappers whose first operand is not the command (a duration, a lock file, a new root, a mask). */
const SKIP_FIRST_OPERAND = new Set(['timeout', 'flock', 'chroot', 'taskset', 'chrt']);
const QUERIES = new Set(['-v', '-V']);

const MAX_DEPTH = 8;

export function baseName(text: string): string {
  return text.slice(text.lastIndexOf('/') + 1);
}

const isAssignment = (text: string) => /^[A-Za-z_][A-Za-z0-9_]*=/.test(text);
const literal = (text: string): Field => ({ text, pattern: null, dynamic: false });
const dynamicField = (): Field => ({ text: '$…', pattern: null, dynamic: true });

function joinScript(args: Field[]): string | null {
  return args.some((a) => a.dynamic) ? null : args.map((a) => a.text).join(' ');
}

type Step = { argv: Field[] } | { script: string | null; why: string; cwdsExtra?: Cwd[] } | null;

function shellStep(argv: Field[], record: CommandRecord): Step {
  for (let k = 1; k < argv.length; k++) {
    const a = argv[k] as Field;
    if (a.dynamic) return { script: null, why: 'runs a computed script' };
    if (a.text === '-c' || (/^-[a-zA-Z]+$/.test(a.text) && a.text.includes('c') && !a.text.startsWith('--'))) {
      const script = argv[k + 1];
      if (!script) throw new ShellParseError(`${argv[0]?.text} -c without a script`);
      return { script: script.dynamic ? null : script.text, why: 'runs a computed script' };
    }
    if (a.text === '-o' || a.text === '+o' || a.text === '-O' || a.text === '+O') k++;
    else if (a.text === '-s' || a.text === '--') break;
    else if (!a.text.startsWith('-') && !a.text.startsWith('+')) return null; // `bash file.sh`: a script file
  }
  // no script operand: the shell reads its commands from standard input
  if (record.stdin === 'text' && record.stdinText !== null) return { script: record.stdinText, why: '' };
  if (record.stdin === 'caller') return { script: '', why: '' };
  return { script: null, why: 'reads its commands from a pipe or a file' };
}

function wrapperStep(name: string, argv: Field[], env: Assignment[]): Step {
  const withArg = WRAPPERS[name] as string[];
  let k = 1;
  if (name === 'command' && argv.slice(1).some((a) => QUERIES.has(a.text))) return null;
  for (; k < argv.length; k++) {
    const a = argv[k] as Field;
    if (a.dynamic) return { script: null, why: `${name} runs a computed command` };
    if (name === 'env' && (a.text === '-S' || a.text.startsWith('--split-string')))
      return { script: joinScript(argv.slice(k + 1)), why: 'env -S runs a computed command' };
    if (name === 'env' && isAssignment(a.text)) {
      const at = a.text.indexOf('=');
      env.push({ name: a.text.slice(0, at), value: a.text.slice(at + 1) });
      continue;
    }
    if (a.text === '--') {
      k++;
      break;
    }
    if (!a.text.startsWith('-') || a.text === '-') break;
    if (withArg.includes(a.text)) k++;
  }
  if (SKIP_FIRST_OPERAND.has(name)) k++;
  const rest = argv.slice(k);
  if (name === 'xargs' || name === 'parallel') {
    // the input lines become more arguments; the default command is echo
    return { argv: rest.length ? [...rest, dynamicField()] : [literal('echo'), dynamicField()] };
  }
  return { argv: rest };
}

function unwrapOnce(argv: Field[], record: CommandRecord, env: Assignment[]): Step {
  const first = argv[0] as Field;
  if (first.dynamic) return null;
  const name = baseName(first.text);
  if (SHELLS.has(name)) return shellStep(argv, record);
  if (name === 'eval') return { script: joinScript(argv.slice(1)), why: 'eval runs a computed command' };
  if (name === 'watch') {
    const at = argv.findIndex((a, i) => i > 0 && !a.text.startsWith('-') && !/^\d+(\.\d+)?$/.test(a.text));
    return at === -1 ? null : { script: joinScript(argv.slice(at)), why: 'watch runs a computed command' };
  }
  if (['su', 'runuser', 'script'].includes(name)) {
    const at = argv.findIndex((a) => a.text === '-c' || a.text === '--command');
    if (at > 0)
      return {
        script: argv[at + 1]?.dynamic ? null : (argv[at + 1]?.text ?? ''),
        why: `${name} -c runs a computed command`,
      };
    if (name !== 'runuser') return null;
  }
  if (name === 'trap' && argv.length > 2)
    return {
      script: argv[1]?.dynamic ? null : (argv[1]?.text ?? ''),
      why: 'trap runs a computed command',
      cwdsExtra: [null],
    };
  if (name === 'alias') {
    const defs = argv.slice(1).filter((a) => a.dynamic || a.text.includes('='));
    const script = defs.some((d) => d.dynamic)
      ? null
      : defs.map((d) => d.text.slice(d.text.indexOf('=') + 1)).join('\n');
    return { script, why: 'alias defines a computed command', cwdsExtra: [null] };
  }
  if (WRAPPERS[name]) return wrapperStep(name, argv, env);
  return null;
}

/** `find ... -exec cmd {} ;` runs cmd once per file: each such command, with `{}` unknown. */
function findExecs(argv: Field[]): Field[][] {
  const out: Field[][] = [];
  for (let k = 0; k < argv.length; k++) {
    if (!['-exec', '-execdir', '-ok', '-okdir'].includes(argv[k]?.text ?? '')) continue;
    const end = argv.findIndex((a, j) => j > k && (a.text === ';' || a.text === '+'));
    out.push(argv.slice(k + 1, end === -1 ? undefined : end).map((a) => (a.text.includes('{}') ? dynamicField() : a)));
    if (end !== -1) k = end;
  }
  return out;
}

function expandRecord(record: CommandRecord, depth: number, out: Analysis, outerVia: string[]): void {
  let argv = record.args;
  const via = [...outerVia];
  const env: Assignment[] = [];
  for (let guard = 0; guard < 16 && argv.length; guard++) {
    while (argv.length && !argv[0]?.dynamic && isAssignment(argv[0]?.text ?? '')) argv = argv.slice(1);
    if (!argv.length) break;
    const step = unwrapOnce(argv, record, env);
    if (!step) break;
    via.push(baseName(argv[0]?.text ?? ''));
    if ('script' in step) {
      if (step.script === null) out.opaque.push({ reason: step.why, via });
      else nested(step.script, [...record.cwds, ...(step.cwdsExtra ?? [])], depth + 1, out, via);
      argv = [];
      break;
    }
    argv = step.argv;
  }
  const name = argv[0] ? (argv[0].dynamic ? argv[0].text : baseName(argv[0].text)) : '';
  out.invocations.push({ name, argv, via, env, record });
  for (const inner of findExecs(argv)) {
    if (!inner.length) continue;
    const innerRecord: CommandRecord = { ...record, args: inner, redirects: [], assigns: [] };
    expandRecord(innerRecord, depth, out, [...via, 'find -exec']);
  }
}

function nested(script: string, cwds: Cwd[], depth: number, out: Analysis, via: string[]): void {
  if (depth > MAX_DEPTH) throw new ShellParseError('the command nests shells too deeply');
  const walked = walkScript(script, cwds, !out.assigned.has('IFS'));
  for (const name of walked.assigned) out.assigned.add(name);
  for (const record of walked.commands) expandRecord(record, depth, out, via);
}

/** Every program `script` runs, started from `cwd`, with the code hidden from the checker listed apart. */
export function analyzeScript(script: string, cwd: Cwd): Analysis {
  const out: Analysis = { invocations: [], opaque: [], assigned: new Set() };
  nested(script, [cwd], 0, out, []);
  return out;
}

export function texts(fields: Field[]): string[] {
  return fields.map((f) => f.text);
}
