import type { Invocation } from '../../../plugin-lib/sh/analyze';
import type { Field } from '../../../plugin-lib/sh/words';
import { VALUE_OPTIONS } from '../../../plugin-lib/sh/value-options';

/** What one program invocation would change on disk, as far as its arguments tell. */
export type Effects = {
  /** Paths it creates, overwrites or modifies. */
  writes: Field[];
  /** Paths it removes from where they are (mv sources). */
  removes: Field[];
  /** Links it creates: `ref` is what the link points to, `at` where the link is made (null: into the cwd). */
  links: { ref: Field; at: Field | null; symbolic: boolean }[];
  /** It writes into its working directory (tar -x, unzip, patch, wget without -O). */
  writesCwd: boolean;
};

type Parsed = { operands: Field[]; options: Map<string, Field | true> };

/** Splits argv into operands and options; `withArg` lists the options that take a value. */
function parseArgs(argv: Field[], withArg: readonly string[]): Parsed {
  const operands: Field[] = [];
  const options = new Map<string, Field | true>();
  for (let k = 1; k < argv.length; k++) {
    const a = argv[k] as Field;
    if (a.text === '--') {
      operands.push(...argv.slice(k + 1));
      break;
    }
    if (a.dynamic || !a.text.startsWith('-') || a.text === '-') {
      operands.push(a);
      continue;
    }
    const eq = a.text.indexOf('=');
    if (a.text.startsWith('--') && eq > 0) {
      options.set(a.text.slice(0, eq), { ...a, text: a.text.slice(eq + 1), pattern: null });
      continue;
    }
    const short = a.text.startsWith('--')
      ? null
      : withArg.find((o) => o.length === 2 && a.text.startsWith(o) && a.text.length > 2);
    if (short) {
      options.set(short, { ...a, text: a.text.slice(2), pattern: null });
      continue;
    }
    if (withArg.includes(a.text)) {
      const value = argv[k + 1];
      if (value) options.set(a.text, value);
      k++;
      continue;
    }
    if (!a.text.startsWith('--')) for (const flag of a.text.slice(1)) options.set(`-${flag}`, true);
    else options.set(a.text, true);
  }
  return { operands, options };
}

const value = (p: Parsed, ...names: string[]): Field | null => {
  for (const n of names) {
    const v = p.options.get(n);
    if (v && v !== true) return v;
  }
  return null;
};
const flag = (p: Parsed, ...names: string[]) => names.some((n) => p.options.has(n));

const COPY_OPTS = [
  '-t',
  '--target-directory',
  '-S',
  '--suffix',
  '-m',
  '--mode',
  '-o',
  '--owner',
  '-g',
  '--group',
  '-Z',
];

function copyLike(inv: Invocation, effects: Effects): void {
  const p = parseArgs(inv.argv, COPY_OPTS);
  const target = value(p, '-t', '--target-directory');
  const sources = target ? p.operands : p.operands.slice(0, -1);
  const dest = target ?? (p.operands.length >= (inv.name === 'ln' ? 1 : 2) ? (p.operands.at(-1) as Field) : null);
  if (inv.name === 'ln' && !target && p.operands.length === 1) {
    effects.links.push({ ref: p.operands[0] as Field, at: null, symbolic: flag(p, '-s', '--symbolic') });
    return;
  }
  if (dest) effects.writes.push(dest);
  if (inv.name === 'mv') effects.removes.push(...sources);
  const linking = inv.name === 'ln' || flag(p, '-s', '--symbolic-link', '-l', '--link');
  if (linking) {
    const symbolic = inv.name === 'ln' ? flag(p, '-s', '--symbolic') : flag(p, '-s', '--symbolic-link');
    for (const ref of sources) effects.links.push({ ref, at: dest, symbolic });
  }
}

const ALL_OPERANDS = new Set([
  'touch',
  'mkdir',
  'tee',
  'truncate',
  'mkfifo',
  'mknod',
  'shred',
  'gzip',
  'gunzip',
  'bzip2',
  'bunzip2',
  'xz',
  'unxz',
  'zstd',
  'unzstd',
  'lzma',
  'compress',
  'uncompress',
  'dos2unix',
  'unix2dos',
  'rmdir',
  'rm',
  'unlink',
  'ed',
  'ex',
  'vi',
  'vim',
  'nvim',
  'nano',
  'emacs',
  'sponge',
]);
const AFTER_FIRST = new Set(['chmod', 'chown', 'chgrp', 'setfacl', 'chattr', 'setfattr', 'chcon']);

/** The paths one invocation writes, removes or links. Redirections are handled by the caller. */
export function effectsOf(inv: Invocation): Effects {
  const effects: Effects = { writes: [], removes: [], links: [], writesCwd: false };
  const { name, argv } = inv;
  if (['cp', 'mv', 'install', 'ln'].includes(name)) copyLike(inv, effects);
  else if (name === 'rsync' || name === 'scp') {
    const p = parseArgs(argv, ['-e', '--rsh', '-i', '-P', '-o', '-F', '--exclude', '--include', '--filter', '-f']);
    if (p.operands.length >= 2) effects.writes.push(p.operands.at(-1) as Field);
    if (flag(p, '--remove-source-files')) effects.removes.push(...p.operands.slice(0, -1));
  } else if (ALL_OPERANDS.has(name)) {
    effects.writes.push(
      ...parseArgs(argv, ['-m', '--mode', '-s', '--size', '-r', '--reference', '-S', '--suffix', '-n', '--iterations'])
        .operands,
    );
  } else if (AFTER_FIRST.has(name)) {
    const p = parseArgs(argv, ['--reference', '-m', '-x', '-M', '-X', '-n', '-v', '-t', '-u', '-r']);
    effects.writes.push(...(flag(p, '--reference') || flag(p, '-M', '-X') ? p.operands : p.operands.slice(1)));
  } else if (name === 'sed' || name === 'perl' || name === 'ruby') {
    const p = parseArgs(argv, ['-e', '--expression', '-f', '--file', '-l', '--line-length', '-s']);
    if (argv.some((a) => /^-[a-zA-Z]*i/.test(a.text) || a.text.startsWith('--in-place')))
      effects.writes.push(...(value(p, '-e', '--expression', '-f', '--file') ? p.operands : p.operands.slice(1)));
  } else if (name === 'dd') {
    for (const a of argv)
      if (a.text.startsWith('of=')) effects.writes.push({ ...a, text: a.text.slice(3), pattern: null });
  } else if (name === 'sort' || name === 'uniq') {
    const p = parseArgs(argv, ['-o', '--output', '-k', '-t', '-S', '-T', '--temporary-directory', '-f', '-s', '-w']);
    const out = value(p, '-o', '--output');
    if (out) effects.writes.push(out);
    if (name === 'uniq' && p.operands.length >= 2) effects.writes.push(p.operands[1] as Field);
  } else if (name === 'tar' || name === 'bsdtar') {
    const p = parseArgs(argv, ['-f', '--file', '-C', '--directory', '-T', '--files-from', '-X', '--exclude-from']);
    const bundle = argv[1] && !argv[1].text.startsWith('-') ? argv[1].text : '';
    const extract = flag(p, '-x', '--extract', '--get') || /x/.test(bundle);
    const create = flag(p, '-c', '--create', '-r', '--append', '-u', '--update') || /[cru]/.test(bundle);
    const dir = value(p, '-C', '--directory');
    if (extract && dir) effects.writes.push(dir);
    else if (extract) effects.writesCwd = true;
    const file = value(p, '-f', '--file') ?? (/f/.test(bundle) ? (argv[2] ?? null) : null);
    if (create && file) effects.writes.push(file);
  } else if (name === 'unzip' || name === '7z' || name === 'patch' || name === 'cpio') {
    const p = parseArgs(argv, ['-d', '-o', '-p', '-i', '-r', '-D', '--directory', '-x']);
    const dir = value(p, '-d', '--directory');
    if (dir) effects.writes.push(dir);
    else effects.writesCwd = true;
    if (name === 'patch')
      effects.writes.push(...p.operands.slice(0, 1), ...[value(p, '-o')].filter((f): f is Field => !!f));
  } else if (name === 'curl') {
    const p = parseArgs(argv, VALUE_OPTIONS.curl);
    for (const o of ['-o', '--output', '-c', '--cookie-jar', '-D', '--dump-header']) {
      const v = value(p, o);
      if (v) effects.writes.push(v);
    }
    const dir = value(p, '--output-dir');
    if (dir) effects.writes.push(dir);
    else if (flag(p, '-O', '--remote-name', '--remote-name-all', '-J')) effects.writesCwd = true;
  } else if (name === 'wget') {
    const p = parseArgs(argv, VALUE_OPTIONS.wget);
    const out = value(p, '-O', '--output-document', '-P', '--directory-prefix');
    if (out) effects.writes.push(out);
    else effects.writesCwd = true;
    for (const o of ['-o', '--output-file', '-a', '--append-output']) {
      const v = value(p, o);
      if (v) effects.writes.push(v);
    }
  } else if (name === 'find') {
    for (let k = 1; k < argv.length; k++)
      if (['-fprint', '-fprint0', '-fprintf', '-fls'].includes(argv[k]?.text ?? '') && argv[k + 1])
        effects.writes.push(argv[k + 1] as Field);
  } else if (name === 'split' || name === 'csplit') {
    effects.writesCwd = true;
  } else if (name === 'zip') {
    const ops = parseArgs(argv, ['-b', '-t', '-tt', '-x', '-i', '-n', '-P', '-O', '--out']).operands;
    if (ops[0]) effects.writes.push(ops[0]);
  }
  return effects;
}
