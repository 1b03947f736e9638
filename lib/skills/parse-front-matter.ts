import { parse } from 'yaml';

export type ParsedSkillFile = { data: unknown; body: string };

export class FrontMatterError extends Error {}

/**
 * Splits `---\n<yaml>\n---\n<markdown>`. Throws FrontMatterError with a readable reason when the
 * block is missing, unterminated or not a YAML mapping.
 */
export function parseFrontMatter(text: string): ParsedSkillFile {
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  if (!source.startsWith('---\n')) throw new FrontMatterError('SKILL.md must start with a "---" front matter block');
  const end = source.indexOf('\n---', 3);
  if (end === -1) throw new FrontMatterError('front matter block is not closed with "---"');
  const afterFence = source.slice(end + 4);
  if (afterFence.length > 0 && !afterFence.startsWith('\n')) {
    throw new FrontMatterError('the closing "---" must be on its own line');
  }
  let data: unknown;
  try {
    data = parse(source.slice(4, end), { uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new FrontMatterError(`front matter is not valid YAML: ${message}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new FrontMatterError('front matter must be a YAML mapping of keys to values');
  }
  return { data, body: afterFence.replace(/^\n/, '') };
}
