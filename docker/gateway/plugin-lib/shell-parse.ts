/**
 * A conservative POSIX-shell reader for policy checks: splits a script into simple commands
 * (on ; & && || | newlines and parentheses), joins quoted pieces (`r''m` is `rm`), and lifts the
 * contents of $(...), `...` and <(...) out as commands of their own. It does not execute or
 * expand anything; callers treat what it cannot understand as a reason to refuse.
 */
export type SimpleCommand = { argv: string[]; redirects: string[] };

export class ShellParseError extends Error {}

const SEPARATORS = new Set([';', '&', '|', '(', ')', '\n']);

function readSubstitution(src: string, start: number, open: string, close: string): [string, number] {
  let depth = 1;
  let i = start;
  let quote: string | null = null;
  while (i < src.length) {
    const c = src[i] as string;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '\\') i++;
    else if (c === open && open !== close) depth++;
    else if (c === close && --depth === 0) return [src.slice(start, i), i + 1];
    i++;
  }
  throw new ShellParseError(`unterminated ${open === close ? '`' : `$${open}`} substitution`);
}

export function parseShell(script: string, depth = 0): SimpleCommand[] {
  if (depth > 8) throw new ShellParseError('command nests shells too deeply');
  const commands: SimpleCommand[] = [];
  const nested: SimpleCommand[] = [];
  let argv: string[] = [];
  let redirects: string[] = [];
  let word = '';
  let inWord = false;
  let redirectNext = false;
  let dropNext = false; // input redirections and here-doc delimiters are not arguments
  const endWord = () => {
    if (!inWord) return;
    if (dropNext) dropNext = false;
    else if (redirectNext) redirects.push(word);
    else argv.push(word);
    word = '';
    inWord = false;
    redirectNext = false;
  };
  const endCommand = () => {
    endWord();
    if (redirectNext) throw new ShellParseError('redirection without a target');
    if (argv.length || redirects.length) commands.push({ argv, redirects });
    argv = [];
    redirects = [];
  };
  const src = script.replace(/\\\n/g, '');
  let i = 0;
  while (i < src.length) {
    const c = src[i] as string;
    if (c === "'") {
      const end = src.indexOf("'", i + 1);
      if (end === -1) throw new ShellParseError('unterminated single quote');
      word += src.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (c === '"') {
      i++;
      inWord = true;
      while (i < src.length && src[i] !== '"') {
        if (src[i] === '\\' && i + 1 < src.length) {
          word += src[i + 1];
          i += 2;
        } else if (src[i] === '$' && src[i + 1] === '(') {
          const [inner, next] = readSubstitution(src, i + 2, '(', ')');
          nested.push(...parseShell(inner, depth + 1));
          word += '$(…)';
          i = next;
        } else if (src[i] === '`') {
          const [inner, next] = readSubstitution(src, i + 1, '`', '`');
          nested.push(...parseShell(inner, depth + 1));
          word += '$(…)';
          i = next;
        } else word += src[i++];
      }
      if (i >= src.length) throw new ShellParseError('unterminated double quote');
      i++;
    } else if (c === '\\') {
      word += src[i + 1] ?? '';
      inWord = true;
      i += 2;
    } else if ((c === '$' || c === '<' || c === '>') && src[i + 1] === '(') {
      const [inner, next] = readSubstitution(src, i + 2, '(', ')');
      nested.push(...parseShell(inner, depth + 1));
      word += '$(…)';
      inWord = true;
      i = next;
    } else if (c === '`') {
      const [inner, next] = readSubstitution(src, i + 1, '`', '`');
      nested.push(...parseShell(inner, depth + 1));
      word += '$(…)';
      inWord = true;
      i = next;
    } else if (c === '#' && !inWord) {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (c === '>' || c === '<') {
      // "2>", "&>" and ">&2": the fd digits belong to the operator, not to a word
      if (/^\d+$/.test(word) || word === '&') {
        word = '';
        inWord = false;
      }
      endWord();
      let j = i + 1;
      while (src[j] === '>' || src[j] === '<' || src[j] === '|' || src[j] === '&') j++;
      const op = src.slice(i, j);
      if (op.includes('&') && /^\d|^-/.test(src.slice(j))) {
        while (j < src.length && /[\d-]/.test(src[j] as string)) j++;
      } else if (op === '<' || op === '<<' || op === '<<<' || op === '<<-') dropNext = true;
      else redirectNext = true;
      i = j;
    } else if (c === ' ' || c === '\t') {
      endWord();
      i++;
    } else if (SEPARATORS.has(c)) {
      endCommand();
      i++;
    } else {
      word += c;
      inWord = true;
      i++;
    }
  }
  endCommand();
  return [...commands, ...nested];
}

export function baseName(word: string): string {
  return word.slice(word.lastIndexOf('/') + 1);
}
