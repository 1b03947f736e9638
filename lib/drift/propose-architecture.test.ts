import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { extractBlock } from './declared/extract-block';
import { nextArchitectureVersion, proposeArchitecture } from './propose-architecture';

const page =
  '# Arch\n\nProse stays.\n\n```yaml\nversion: v1.7\n# a comment that stays\nextensions: [a, b]\nskills:\n  count: 2\ncontainers:\n  web: { image: x, role: web, ports: [80] }\n```\n\nMore prose.\n';

describe('proposeArchitecture', () => {
  it('edits only the YAML block, keeps prose and comments, and bumps the version', () => {
    const { content, version } = proposeArchitecture(page, [
      { op: 'set', path: ['skills', 'count'], value: 3 },
      { op: 'list-remove', path: ['extensions'], value: 'a' },
      { op: 'list-add', path: ['extensions'], value: 'c' },
      { op: 'set', path: ['containers', 'web', 'ports'], value: [8080] },
      { op: 'delete', path: ['containers', 'web'] },
    ]);
    expect(version).toBe('v1.8');
    expect(content.startsWith('# Arch\n\nProse stays.\n\n```yaml\n')).toBe(true);
    expect(content.endsWith('```\n\nMore prose.\n')).toBe(true);
    expect(content).toContain('# a comment that stays');
    const block = parse(extractBlock(content)?.yaml ?? '');
    expect(block).toEqual({ version: 'v1.8', extensions: ['b', 'c'], skills: { count: 3 }, containers: {} });
  });

  it('takes the version after the newer of page and changelog, and defines v1.0 on top of a page without one', () => {
    expect(nextArchitectureVersion('v1.7', 'v1.9')).toBe('v1.10');
    expect(nextArchitectureVersion('v1.10', 'v1.9')).toBe('v1.11');
    expect(nextArchitectureVersion(undefined, null)).toBe('v1.0');
    const { content, version } = proposeArchitecture('```yaml\nskills:\n  count: 2\n```\n', []);
    expect(version).toBe('v1.0');
    expect(extractBlock(content)?.yaml).toBe('version: v1.0\nskills:\n  count: 2\n');
  });

  it("keeps the page's own spacing inside flow collections, so only changed lines differ", () => {
    const yaml =
      'version: v1.7\njobs:\n  a: { schedule: "0 1 * * *", model: opus }\n  b: { schedule: "0 2 * * *", model: opus }\n';
    const { content } = proposeArchitecture(`\`\`\`yaml\n${yaml}\`\`\`\n`, [
      { op: 'set', path: ['jobs', 'b', 'schedule'], value: '0 3 * * *' },
    ]);
    expect(extractBlock(content)?.yaml).toBe(
      'version: v1.8\njobs:\n  a: { schedule: "0 1 * * *", model: opus }\n  b: {schedule: "0 3 * * *", model: opus}\n',
    );
  });
});
