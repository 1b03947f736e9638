import path from 'node:path';
import { NotFoundError } from '../api/errors';
import { env } from '../env';
import { loadSkills } from './load-skills';
import type { SkillCategory, SkillIssue, SkillRecord } from './schemas';

export type SkillSummary = {
  name: string;
  folder: string;
  description: string;
  emoji: string;
  category: SkillCategory | null;
  scopes: string[];
  staging: string | null;
  userInvocable: boolean;
  ownerOnly: boolean;
  slashCommand: string | null;
  requiresConfig: string[];
  valid: boolean;
  issues: SkillIssue[];
  bytes: number;
};
export type SkillDetail = SkillSummary & { body: string };

function summarize(s: SkillRecord): SkillSummary {
  const fm = s.frontMatter;
  return {
    name: s.name,
    folder: s.folder,
    description: fm?.description ?? '',
    emoji: fm?.metadata.openclaw.emoji ?? '⚠️',
    category: fm?.metadata.buddy.category ?? null,
    scopes: fm?.metadata.buddy.scopes ?? [],
    staging: fm?.metadata.buddy.staging ?? null,
    userInvocable: fm?.['user-invocable'] ?? false,
    ownerOnly: fm?.['disable-model-invocation'] ?? false,
    slashCommand: s.slashCommand,
    requiresConfig: fm?.metadata.openclaw.requires.config ?? [],
    valid: s.valid,
    issues: s.issues,
    bytes: s.bytes,
  };
}

function skillsDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), env().BUDDY_SKILLS_DIR);
}

export type SkillFilter = { q?: string; category?: SkillCategory };

/** The library as the Skills page and the command palette see it, validated on every read. */
export async function listSkills(
  filter: SkillFilter = {},
): Promise<{ skills: SkillSummary[]; total: number; invalid: number }> {
  const library = await loadSkills(skillsDir());
  const all = library.skills.map(summarize);
  const q = filter.q?.trim().toLowerCase();
  const skills = all.filter(
    (s) =>
      (!filter.category || s.category === filter.category) &&
      (!q || `${s.name} ${s.description} ${s.scopes.join(' ')}`.toLowerCase().includes(q)),
  );
  return { skills, total: all.length, invalid: all.filter((s) => !s.valid).length };
}

export async function getSkill(name: string): Promise<SkillDetail> {
  const library = await loadSkills(skillsDir());
  const record = library.skills.find((s) => s.name === name || s.folder === name);
  if (!record) throw new NotFoundError(`No skill named "${name}".`);
  return { ...summarize(record), body: record.body };
}
