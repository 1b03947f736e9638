import { readFile } from 'node:fs/promises';
import { type ApiRoute, checkApiReference, extractApiReferences } from './api-references';
import type { SkillRecord } from './schemas';

export type SkillApiProblem = { skill: string; path: string; line: number; call: string; message: string };

/**
 * Every Buddy API call a skill's instructions name must be one its agent can make: a real route
 * and method, reachable with the scopes the skill declares, with query parameters the route takes.
 * Lines count from the top of SKILL.md, front matter included, so editors jump to them.
 */
export async function checkSkillApiReferences(skills: SkillRecord[], routes: ApiRoute[]): Promise<SkillApiProblem[]> {
  const problems: SkillApiProblem[] = [];
  for (const skill of skills) {
    const text = await readFile(skill.path, 'utf8').catch(() => null);
    if (text === null) continue;
    const scopes = skill.frontMatter?.metadata.buddy.scopes ?? [];
    for (const ref of extractApiReferences(text)) {
      const call =
        `${ref.method ?? ''} ${ref.path}${ref.query.length ? `?${ref.query.map(([k, v]) => `${k}=${v}`).join('&')}` : ''}`.trim();
      for (const message of checkApiReference(ref, routes, scopes))
        problems.push({ skill: skill.name, path: skill.path, line: ref.line, call, message });
    }
  }
  return problems;
}
