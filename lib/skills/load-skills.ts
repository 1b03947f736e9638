import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SkillRecord } from './schemas';
import { validateSkill } from './validate-skill';

export type SkillLibrary = { dir: string; skills: SkillRecord[]; valid: boolean };

/**
 * Reads every `<dir>/<folder>/SKILL.md`, validates each, then flags names used twice and slash
 * commands that collide (OpenClaw would let one shadow the other).
 */
export async function loadSkills(dir: string): Promise<SkillLibrary> {
  const entries = await readdir(dir, { withFileTypes: true });
  const skills: SkillRecord[] = [];
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const file = path.join(dir, entry.name, 'SKILL.md');
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) {
      skills.push({
        name: entry.name,
        folder: entry.name,
        path: file,
        bytes: 0,
        valid: false,
        issues: [{ field: 'file', message: 'folder has no SKILL.md' }],
        frontMatter: null,
        body: '',
        slashCommand: null,
      });
      continue;
    }
    skills.push(validateSkill(entry.name, file, await readFile(file, 'utf8')));
  }
  flagDuplicates(skills);
  return { dir, skills, valid: skills.every((s) => s.valid) };
}

function flagDuplicates(skills: SkillRecord[]): void {
  const byName = groupBy(skills, (s) => s.name);
  const byCommand = groupBy(
    skills.filter((s) => s.slashCommand),
    (s) => s.slashCommand as string,
  );
  for (const [name, group] of byName) {
    if (group.length < 2) continue;
    for (const skill of group) {
      const others = group.filter((s) => s !== skill).map((s) => s.folder);
      skill.issues.push({ field: 'name', message: `duplicate skill name "${name}" (also in ${others.join(', ')})` });
      skill.valid = false;
    }
  }
  for (const [command, group] of byCommand) {
    if (group.length < 2 || new Set(group.map((s) => s.name)).size < 2) continue;
    for (const skill of group) {
      skill.issues.push({ field: 'name', message: `slash command /${command} collides with another skill` });
      skill.valid = false;
    }
  }
}

// Map.groupBy needs Node 21; Buddy supports Node 20.
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}
