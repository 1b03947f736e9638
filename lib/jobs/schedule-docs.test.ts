import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArchitecture } from '../drift/declared/parse-architecture';
import { CATALOG } from './catalog';
import { describeSchedule } from './describe-schedule';

/**
 * The schedule tables people read (README.md and governance/architecture.md) and the architecture
 * block drift compares are checked against the catalog, so moving a job in code without moving it in
 * the documents fails here (as the content jobs' move after the digest once did not).
 */
function when(cron: string): string {
  const hourly = /^(\d+) \* \* \* \*$/.exec(cron);
  return hourly?.[1] ? `Hourly at :${hourly[1].padStart(2, '0')}` : describeSchedule(cron);
}

function tableRows(markdown: string): Map<string, { schedule: string; model: string }> {
  const rows = new Map<string, { schedule: string; model: string }>();
  for (const line of markdown.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const [, name, schedule, model] = cells;
    if (name && schedule && model && CATALOG.has(name)) rows.set(name, { schedule, model });
  }
  return rows;
}

describe('the documented nightly schedule', () => {
  for (const file of ['README.md', 'governance/architecture.md']) {
    it(`${file}: one row per catalog job, with the catalog's time and model`, () => {
      const rows = tableRows(readFileSync(file, 'utf8'));
      expect([...rows.keys()].sort()).toEqual([...CATALOG.keys()].sort());
      for (const [name, spec] of CATALOG) {
        expect(rows.get(name)?.schedule.startsWith(when(spec.cron)), `${file}: ${name}`).toBe(true);
        expect(rows.get(name)?.model, `${file}: ${name}`).toBe(spec.model ?? 'none');
      }
    });
  }

  it('the content jobs run after the digest, in the tables and in the catalog', () => {
    const at = (name: string) => when(CATALOG.get(name)?.cron ?? '');
    expect([at('news-digest'), at('content-generation'), at('content-research')]).toEqual([
      'Daily at 05:00',
      'Daily at 05:10',
      'Daily at 05:15',
    ]);
  });

  it("the architecture block drift compares declares the catalog's cron for every job", () => {
    const { declared } = parseArchitecture(readFileSync('governance/architecture.md', 'utf8'));
    for (const [name, spec] of CATALOG) {
      expect(declared.jobs?.[name], name).toEqual({ schedule: spec.cron, model: spec.model ?? 'none' });
    }
  });
});
