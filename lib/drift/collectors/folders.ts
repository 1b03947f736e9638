import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Collected } from '../types';

/**
 * Sub-folders of `root` (sorted), optionally only those holding `marker`. A root that does not
 * exist means "nothing present", which the comparison reports as missing items, not an error.
 */
export async function listFolders(root: string, marker?: string): Promise<Collected<string[]>> {
  try {
    if (!existsSync(root)) return { ok: true, value: [] };
    const entries = await readdir(root, { withFileTypes: true });
    const names = entries
      .filter((e) => e.isDirectory() && (!marker || existsSync(path.join(root, e.name, marker))))
      .map((e) => e.name);
    return { ok: true, value: names.sort() };
  } catch (error) {
    return { ok: false, error: `cannot read ${root}: ${(error as Error).message}` };
  }
}

/** Skills are folders with a SKILL.md. */
export const collectSkills = (root: string) => listFolders(root, 'SKILL.md');

/** Gateway extensions are folders with an openclaw.plugin.json manifest. */
export const collectExtensions = (root: string) => listFolders(root, 'openclaw.plugin.json');

/** Workspace layers are the top-level folders whose name starts with "_". */
export async function collectWorkspaceLayers(root: string): Promise<Collected<string[]>> {
  const all = await listFolders(root);
  return all.ok ? { ok: true, value: all.value.filter((n) => n.startsWith('_')) } : all;
}

/** Secret files (names only, never contents); dotfiles such as .gitkeep are not secrets. */
export async function collectSecrets(root: string): Promise<Collected<string[]>> {
  try {
    if (!existsSync(root)) return { ok: true, value: [] };
    const entries = await readdir(root, { withFileTypes: true });
    return {
      ok: true,
      value: entries
        .filter((e) => e.isFile() && !e.name.startsWith('.'))
        .map((e) => e.name)
        .sort(),
    };
  } catch (error) {
    return { ok: false, error: `cannot read ${root}: ${(error as Error).message}` };
  }
}
