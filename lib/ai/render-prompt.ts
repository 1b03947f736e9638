import { readFileSync } from 'node:fs';
import path from 'node:path';

const cache = new Map<string, string>();

/**
 * Prompts are versioned templates in prompts/<name>.v<version>.md, so a change to a prompt is a
 * reviewed diff. `{{name}}` placeholders are filled from `vars`; a missing one is an error, not "".
 */
export function renderPrompt(name: string, version: number, vars: Record<string, string | number>): string {
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), 'prompts', `${name}.v${version}.md`);
  let template = cache.get(file);
  if (template === undefined) {
    template = readFileSync(file, 'utf8');
    cache.set(file, template);
  }
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    if (!(key in vars)) throw new Error(`prompt ${name}.v${version} needs "${key}"`);
    return String(vars[key]);
  });
}
