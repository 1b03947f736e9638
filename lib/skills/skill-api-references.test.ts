import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import document from '../api/openapi.json';
import { apiRoutes, checkApiReference, extractApiReferences } from './api-references';
import { checkSkillApiReferences } from './check-skill-api-references';
import { loadSkills } from './load-skills';

const root = path.resolve(import.meta.dirname, '../..');
// The committed OpenAPI document (`npm run openapi -- --check` in npm test keeps it in step with the routes).
const routes = apiRoutes(document);

describe('the Buddy API calls named by skills and by the gateway plugins', () => {
  it('finds the real routes with their access, and leaves out the 404 catch-all', () => {
    const jobs = routes.find((r) => r.segments.join('/') === 'jobs');
    expect(jobs?.methods.GET?.security).toEqual([{ ownerSession: [] }, { agentToken: ['jobs:read'] }]);
    expect(routes.some((r) => r.segments[0]?.startsWith('[...'))).toBe(false);
    expect(routes.length).toBeGreaterThan(60);
  });

  it('every call in every SKILL.md exists and is open to the scopes that skill declares', async () => {
    const library = await loadSkills(path.join(root, 'skills'));
    const problems = await checkSkillApiReferences(library.skills, routes);
    expect(problems.map((p) => `${p.skill}:${p.line} ${p.call}: ${p.message}`)).toEqual([]);
    // The check really read the skills: dozens of calls across the library.
    const calls = library.skills.flatMap((s) => extractApiReferences(readFileSync(s.path, 'utf8')));
    expect(calls.length).toBeGreaterThan(50);
  });

  it("the cron-circuit-breaker's report path is a POST route open to jobs:report", () => {
    const config = JSON5.parse(readFileSync(path.join(root, 'docker/gateway/openclaw.json'), 'utf8'));
    const reportPath: string = config.plugins.entries['cron-circuit-breaker'].config.reportPath;
    const [ref] = extractApiReferences(`POST ${reportPath}`);
    expect(ref?.segments).toEqual(['jobs', 'gateway', '{jobId}', 'circuit']);
    expect(checkApiReference(ref as never, routes, ['jobs:report'])).toEqual([]);
    expect(checkApiReference(ref as never, routes, ['jobs:read'])).toEqual([
      'POST needs the scope "jobs:report", which is not in metadata.buddy.scopes',
    ]);
  });
});
