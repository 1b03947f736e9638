import { describe, expect, it } from 'vitest';
import { parseOpenClawFile, renderOpenClawFiles } from './openclaw-format';

describe('OpenClaw memory files', () => {
  it('round-trips entries through MEMORY.md and daily notes', () => {
    const entries = [
      {
        id: 'e1',
        content: 'Owner prefers dark mode.',
        category: 'preferences',
        tags: ['ui'],
        pinned: true,
        day: '2026-11-20',
      },
      {
        id: 'e2',
        content: 'Two lines:\n- not a new item\nstill here',
        category: 'preferences',
        tags: [],
        pinned: false,
        day: '2026-11-20',
      },
      { id: 'e3', content: 'Shipped the memory page.', category: 'daily', tags: [], pinned: false, day: '2026-11-27' },
    ];
    const files = renderOpenClawFiles(entries);
    expect(files.map((f) => f.path)).toEqual(['MEMORY.md', 'memory/2026-11-27.md']);
    expect(files[0]?.content).toContain('## preferences');
    const parsed = files.flatMap(parseOpenClawFile);
    expect(parsed.map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
    expect(parsed[0]).toMatchObject({
      content: 'Owner prefers dark mode.',
      tags: ['ui'],
      pinned: true,
      category: 'preferences',
    });
    expect(parsed[2]).toMatchObject({ category: 'daily', day: '2026-11-27' });
  });

  it('reads a hand-written MEMORY.md: headings are categories, items and paragraphs are entries', () => {
    const parsed = parseOpenClawFile({
      path: 'MEMORY.md',
      content:
        '# Memory\n\nLoose paragraph\nacross two lines.\n\n## Work Habits!\n\n- Reviews PRs before lunch\n  and after dinner\n* Uses pnpm <!-- a comment -->\n',
    });
    expect(parsed).toEqual([
      { content: 'Loose paragraph\nacross two lines.', category: 'general', tags: [], pinned: false },
      { content: 'Reviews PRs before lunch\nand after dinner', category: 'work habits', tags: [], pinned: false },
      { content: 'Uses pnpm', category: 'work habits', tags: [], pinned: false },
    ]);
  });
});
