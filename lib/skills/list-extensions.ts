import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { env } from '../env';

export type ExtensionSummary = {
  id: string;
  name: string;
  description: string;
  version: string;
  tools: string[];
  built: boolean;
};

/** The gateway plugins shipped with Buddy, read from their manifests (no validation here: CI does that). */
export async function listExtensions(): Promise<ExtensionSummary[]> {
  const dir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), env().BUDDY_EXTENSIONS_DIR);
  const ids = await readdir(dir).catch(() => [] as string[]);
  const out: ExtensionSummary[] = [];
  for (const id of ids.sort()) {
    try {
      const m = JSON.parse(await readFile(path.join(dir, id, 'openclaw.plugin.json'), 'utf8'));
      const built = await readFile(path.join(dir, id, 'dist', 'index.js')).then(
        () => true,
        () => false,
      );
      out.push({
        id: m.id,
        name: m.name ?? m.id,
        description: m.description ?? '',
        version: m.version ?? '',
        tools: m.contracts?.tools ?? [],
        built,
      });
    } catch {
      // A folder without a readable manifest is not a plugin.
    }
  }
  return out;
}
