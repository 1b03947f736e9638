import sh from 'mvdan-sh';

/**
 * Parses shell text with mvdan/sh (the parser behind shfmt) in bash mode. Nothing is executed or
 * expanded here; a script it cannot parse raises ShellParseError, which callers turn into a refusal.
 */

// biome-ignore lint/suspicious/noExplicitAny: mvdan-sh returns GopherJS objects without types; nodes are read by field name
export type ShNode = any;

export class ShellParseError extends Error {}

const MAX_SCRIPT = 100_000;
const parser = sh.syntax.NewParser();

function errorText(error: unknown): string {
  const e = error as { Error?: () => string; message?: string };
  if (typeof e?.Error === 'function') return e.Error();
  return e?.message ?? String(error);
}

export function parseScript(src: string): ShNode {
  if (src.length > MAX_SCRIPT) throw new ShellParseError(`the command is longer than ${MAX_SCRIPT} characters`);
  if (src.includes('\0')) throw new ShellParseError('the command contains a NUL byte');
  try {
    return parser.Parse(src, 'command');
  } catch (error) {
    throw new ShellParseError(errorText(error).trim());
  }
}

export function nodeType(node: ShNode): string {
  return node ? sh.syntax.NodeType(node) : '';
}

/** Every node below `root`, depth first. */
export function eachNode(root: ShNode, visit: (node: ShNode) => void): void {
  sh.syntax.Walk(root, (node) => {
    if (node) visit(node);
    return true;
  });
}

/** mvdan/sh's redirection operator tokens, by the numbers it reports. */
export const REDIRECT_OPS: Record<number, string> = {
  54: '>',
  55: '>>',
  56: '<',
  57: '<>',
  58: '<&',
  59: '>&',
  60: '>|',
  61: '<<',
  62: '<<-',
  63: '<<<',
  64: '&>',
  65: '&>>',
};
export const PIPE_OPS = new Set([12, 13]);
