import { nodeType, type ShNode } from './parse';

/**
 * One field a shell word becomes after quote removal, `${IFS}` splitting and brace expansion.
 * `pattern` keeps unquoted glob characters (quoted ones escaped with a backslash) when the field
 * still needs pathname expansion; `dynamic` means part of it is only known at run time.
 */
export type Field = { text: string; pattern: string | null; dynamic: boolean };

export type WordHooks = {
  /** Commands inside $(...), `...`, <(...) and >(...): they run too. */
  onSubstitution: (stmts: ShNode[]) => void;
  /** False once the script assigns IFS: `${IFS}` no longer means the default blanks. */
  defaultIfs: boolean;
};

const GLOB_CHARS = '*?[';
const SPECIAL = '*?[]{},\\';

type Builder = { text: string; pattern: string; glob: boolean; dynamic: boolean; started: boolean };
const fresh = (): Builder => ({ text: '', pattern: '', glob: false, dynamic: false, started: false });

function escapeForPattern(s: string): string {
  let out = '';
  for (const c of s) out += SPECIAL.includes(c) ? `\\${c}` : c;
  return out;
}

/** Decodes $'...' (ANSI-C quoting): \n, \t, \xHH, \uHHHH, \NNN octal, \\ and \'. */
export function decodeAnsiC(value: string): string {
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', e: '\x1b', E: '\x1b' };
  Object.assign(simple, { f: '\f', v: '\v', '\\': '\\', "'": "'", '"': '"', '?': '?' });
  return value.replace(
    /\\(x[0-9a-fA-F]{1,2}|u[0-9a-fA-F]{1,4}|U[0-9a-fA-F]{1,8}|[0-7]{1,3}|c.|.)/gs,
    (m, esc: string) => {
      if (/^[xuU]/.test(esc)) return String.fromCodePoint(Number.parseInt(esc.slice(1), 16));
      if (/^[0-7]/.test(esc)) return String.fromCharCode(Number.parseInt(esc, 8) & 255);
      if (esc.startsWith('c')) return String.fromCharCode((esc.charCodeAt(1) ?? 0) & 31);
      return simple[esc] ?? m;
    },
  );
}

function isPlainIfs(part: ShNode): boolean {
  return (
    part.Param?.Value === 'IFS' &&
    !part.Exp &&
    !part.Repl &&
    !part.Slice &&
    !part.Index &&
    !part.Length &&
    !part.Excl &&
    !part.Width &&
    !part.Names
  );
}

/** Text of an unquoted literal: backslash escapes make the next character literal. */
function addUnquotedLit(b: Builder, value: string): void {
  b.started = true;
  for (let i = 0; i < value.length; i++) {
    const c = value[i] as string;
    if (c === '\\' && i + 1 < value.length) {
      const next = value[++i] as string;
      if (next === '\n') continue;
      b.text += next;
      b.pattern += escapeForPattern(next);
    } else {
      if (GLOB_CHARS.includes(c) || c === '{') b.glob = true;
      b.text += c;
      b.pattern += c;
    }
  }
}

function addQuoted(b: Builder, value: string): void {
  b.started = true;
  b.text += value;
  b.pattern += escapeForPattern(value);
}

function addDynamic(b: Builder): void {
  b.started = true;
  b.dynamic = true;
  b.text += '$…';
  b.pattern += '$…';
}

function addDoubleQuoted(b: Builder, parts: ShNode[], hooks: WordHooks): void {
  b.started = true;
  for (const part of parts) {
    const type = nodeType(part);
    if (type === 'Lit')
      addQuoted(
        b,
        (part.Value as string).replace(/\\([$`"\\\n])/g, (_m, c: string) => (c === '\n' ? '' : c)),
      );
    else if (type === 'ParamExp' && isPlainIfs(part) && hooks.defaultIfs) addQuoted(b, ' \t\n');
    else {
      if (type === 'CmdSubst') hooks.onSubstitution(part.Stmts ?? []);
      addDynamic(b);
    }
  }
}

/** Brace expansion of an unescaped `{a,b}` or `{1..3}` in a pattern (bash does it before globbing). */
export function braceExpand(pattern: string, depth = 0): string[] {
  if (depth > 8) return [pattern];
  let open = -1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '{') open = open === -1 ? i : open;
    else if (c === '}' && open !== -1) {
      const inner = pattern.slice(open + 1, i);
      const alternatives = splitTopLevel(inner);
      const seq = /^(-?\d+|[a-zA-Z])\.\.(-?\d+|[a-zA-Z])$/.exec(inner);
      let items: string[] | null = null;
      if (alternatives.length > 1) items = alternatives;
      else if (seq) items = sequence(seq[1] as string, seq[2] as string);
      if (!items) {
        // not a brace expression here; look for one further on
        const rest = braceExpand(pattern.slice(open + 1), depth + 1);
        return rest.map((r) => `${pattern.slice(0, open + 1)}${r}`);
      }
      const head = pattern.slice(0, open);
      const tail = pattern.slice(i + 1);
      return items.flatMap((item) => braceExpand(`${head}${item}${tail}`, depth + 1)).slice(0, 1000);
    }
  }
  return [pattern];
}

function splitTopLevel(inner: string): string[] {
  const out: string[] = [];
  let level = 0;
  let current = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i] as string;
    if (c === '\\') {
      current += c + (inner[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '{') level++;
    if (c === '}') level--;
    if (c === ',' && level === 0) {
      out.push(current);
      current = '';
    } else current += c;
  }
  out.push(current);
  return out;
}

function sequence(from: string, to: string): string[] | null {
  const numeric = /^-?\d+$/.test(from) && /^-?\d+$/.test(to);
  const a = numeric ? Number(from) : from.charCodeAt(0);
  const z = numeric ? Number(to) : to.charCodeAt(0);
  if (Math.abs(z - a) > 1000) return null;
  const step = a <= z ? 1 : -1;
  const out: string[] = [];
  for (let n = a; step > 0 ? n <= z : n >= z; n += step) out.push(numeric ? String(n) : String.fromCharCode(n));
  return out;
}

export function unescapePattern(pattern: string): string {
  return pattern.replace(/\\(.)/gs, '$1');
}

export function hasGlob(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (GLOB_CHARS.includes(pattern[i] as string)) return true;
  }
  return false;
}

function finish(b: Builder, out: Field[]): void {
  if (!b.started) return;
  if (!b.glob || b.dynamic) {
    out.push({ text: b.text, pattern: null, dynamic: b.dynamic });
    return;
  }
  for (const expanded of braceExpand(b.pattern)) {
    out.push({ text: unescapePattern(expanded), pattern: hasGlob(expanded) ? expanded : null, dynamic: false });
  }
}

/** The fields one word becomes. Quoted empty strings stay as empty fields, as in bash. */
export function wordFields(word: ShNode, hooks: WordHooks): Field[] {
  const out: Field[] = [];
  let b = fresh();
  const parts: ShNode[] = word?.Parts ?? [];
  parts.forEach((part) => {
    const type = nodeType(part);
    if (type === 'Lit') {
      addUnquotedLit(b, part.Value as string);
    } else if (type === 'SglQuoted') addQuoted(b, part.Dollar ? decodeAnsiC(part.Value) : part.Value);
    else if (type === 'DblQuoted') addDoubleQuoted(b, part.Parts ?? [], hooks);
    else if (type === 'ParamExp' && isPlainIfs(part) && hooks.defaultIfs) {
      // unquoted ${IFS} is a run of blanks: it splits the word here
      finish(b, out);
      b = fresh();
    } else {
      if (type === 'CmdSubst' || type === 'ProcSubst') hooks.onSubstitution(part.Stmts ?? []);
      if (type === 'ProcSubst') {
        b.started = true;
        b.text += '/dev/fd/63';
        b.pattern += '/dev/fd/63';
      } else addDynamic(b);
    }
  });
  finish(b, out);
  return out;
}

/** The value of a word as one string (assignments, here-strings), or null when it is not static. */
export function wordText(word: ShNode, hooks: WordHooks): string | null {
  if (!word) return '';
  const fields = wordFields(word, hooks);
  if (fields.some((f) => f.dynamic)) return null;
  return fields.map((f) => f.text).join(' ');
}
