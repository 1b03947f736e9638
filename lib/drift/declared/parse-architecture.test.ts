import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArchitecture } from './parse-architecture';
import { CATALOG } from '../../jobs/catalog';

const page = (yaml: string) => `# Title\n\nSome prose.\n\n\`\`\`yaml\n${yaml}\`\`\`\n`;

describe('parseArchitecture', () => {
  it("accepts Buddy's own architecture page, whose jobs are exactly the shipped catalog, and its 4 extensions", () => {
    const { declared, findings } = parseArchitecture(readFileSync('governance/architecture.md', 'utf8'));
    expect(findings).toEqual([]);
    expect(declared.version).toBe('v1.8');
    // The documentation names the catalog's jobs, or every install would start with drift.
    expect(Object.keys(declared.jobs ?? {}).sort()).toEqual([...CATALOG.keys()].sort());
    expect(declared.extensions).toEqual([
      'governance-enforcement',
      'sandbox-exec',
      'cron-circuit-breaker',
      'webserver-enforcement',
    ]);
  });

  it('reports an invalid field with its line and path, and keeps the valid sections', () => {
    const yaml =
      'version: v1.7\nskills:\n  count: 2\ncontainers:\n  web:\n    image: x\n    role: web\n    ports: [abc]\n';
    const { declared, findings } = parseArchitecture(page(yaml));
    expect(declared.skills).toEqual({ count: 2 });
    expect(declared.containers).toBeUndefined();
    const invalid = findings.find((f) => f.fieldPath === 'containers.web.ports.0');
    expect(invalid).toMatchObject({ resource: 'document.architecture', severity: 'high', line: 13 });
  });

  it('reports an unknown resource type as an unexpected finding on its line', () => {
    const { findings } = parseArchitecture(page('version: v1.7\ndatabases:\n  main: {}\n'));
    expect(findings.find((f) => f.kind === 'unexpected')).toMatchObject({ fieldPath: 'databases', line: 7 });
  });

  it('reports a YAML syntax error with its line instead of throwing', () => {
    const { findings } = parseArchitecture(page('version: v1.7\ncontainers: [unclosed\n'));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toMatch(/YAML syntax/);
    expect(findings[0]?.line).toBeGreaterThanOrEqual(7);
  });

  it('reports a page without a block', () => {
    expect(parseArchitecture('# nothing here').findings[0]?.message).toMatch(/No machine-readable block/);
  });
});
