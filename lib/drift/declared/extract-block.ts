/**
 * Finds the machine-readable block in the architecture page: YAML front matter, or else the first
 * fenced ```yaml block. `firstLine` is the 1-based line of the block's first YAML line in the page,
 * so findings can point at the line a person sees in their editor.
 */
export type Block = { yaml: string; firstLine: number; start: number; end: number };

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;
const FENCED = /^```ya?ml[^\n]*\n([\s\S]*?)^```/m;

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export function extractBlock(markdown: string): Block | null {
  const front = FRONT_MATTER.exec(markdown);
  const match = front ?? FENCED.exec(markdown);
  if (!match || match[1] === undefined) return null;
  const start = match.index + match[0].indexOf(match[1]);
  const yaml = match[1].endsWith('\n') ? match[1] : `${match[1]}\n`;
  return { yaml, firstLine: lineOf(markdown, start), start, end: start + match[1].length };
}

/** The page with its block replaced, everything else (the prose) kept byte for byte. */
export function replaceBlock(markdown: string, block: Block, yaml: string): string {
  const body = yaml.endsWith('\n') ? yaml : `${yaml}\n`;
  const rest = markdown.slice(block.end).replace(/^\r?\n/, '');
  return `${markdown.slice(0, block.start)}${body}${rest}`;
}
