import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArchitecture } from '../declared/parse-architecture';
import { changelogLines, insertChangelogEntry } from './changelog-entry';
import { compareChangelog } from './compare-changelog';
import { newestVersion, parseChangelog } from './parse-changelog';

const LOG = `# Changelog

## v1.8 (2026-12-01)
- Removed extension \`sandbox-exec\`.
- Added workspace layers \`_scratch\`, \`_tmp\` and \`_lab\`.

## v1.7
- Added extensions \`governance-enforcement\` and \`sandbox-exec\`.
- Added secret \`anthropic_api_key\`.
- Prose about \`webserver-enforcement\` is not a recorded change.
`;

const base = {
  file: 'CHANGELOG.md',
  pageVersion: 'v1.8',
  alreadyFound: new Set<string>(),
};
const short = (findings: ReturnType<typeof compareChangelog>) => findings.map((f) => `${f.resource} ${f.kind}`);

describe('the architecture changelog', () => {
  it('reads recorded changes from structured bullets only, with their version and line', () => {
    const parsed = parseChangelog(LOG);
    expect(parsed.versions.map((v) => v.version)).toEqual(['v1.8', 'v1.7']);
    expect(newestVersion(parsed)).toBe('v1.8');
    expect(parsed.versions[0]?.changes.map((c) => `${c.op} ${c.type} ${c.name} ${c.line}`)).toEqual([
      'removed extension sandbox-exec 4',
      'added layer _scratch 5',
      'added layer _tmp 5',
      'added layer _lab 5',
    ]);
    expect(parsed.versions[1]?.changes.map((c) => c.name)).toEqual([
      'governance-enforcement',
      'sandbox-exec',
      'anthropic_api_key',
    ]);
  });

  it('finds a recorded change the environment lacks, and the reverse, for the types it records', () => {
    const findings = compareChangelog({
      ...base,
      changelog: parseChangelog(LOG),
      actual: {
        extension: ['governance-enforcement', 'sandbox-exec'], // removed in v1.8, still there
        secret: ['anthropic_api_key', 'openai_api_key'], // openai never recorded
        layer: ['_scratch', '_tmp'], // _lab recorded, absent
        job: ['infra-health'], // jobs are not recorded at all: not compared
      },
    });
    expect(short(findings)).toEqual([
      'changelog.extension.sandbox-exec unexpected',
      'changelog.secret.openai_api_key unexpected',
      'changelog.workspace._lab missing',
    ]);
    expect(findings[0]?.message).toBe(
      'CHANGELOG.md line 4 records extension `sandbox-exec` removed in v1.8, but it is there.',
    );
    expect(findings[2]?.message).toMatch(/records workspace layer `_lab` added in v1.8, but the environment has none/);
  });

  it('leaves out what the page comparison already reported, and what a failed collector could not see', () => {
    const findings = compareChangelog({
      ...base,
      changelog: parseChangelog(LOG),
      alreadyFound: new Set(['extension.sandbox-exec', 'workspace._lab']),
      actual: { extension: ['governance-enforcement', 'sandbox-exec'], layer: ['_scratch', '_tmp'] },
    });
    expect(findings).toEqual([]);
  });

  it('compares versions: a page version without an entry, or a changelog ahead of the page', () => {
    const changelog = parseChangelog(LOG);
    expect(short(compareChangelog({ ...base, changelog, pageVersion: 'v1.9', actual: {} }))).toEqual([
      'changelog.version missing',
    ]);
    const ahead = compareChangelog({ ...base, changelog, pageVersion: 'v1.7', actual: {} });
    expect(ahead).toMatchObject([{ kind: 'unexpected', declared: 'v1.7', actual: 'v1.8' }]);
    expect(compareChangelog({ ...base, changelog, actual: {} })).toEqual([]);
  });

  it('writes the accepted drift as bullets it reads back, newest entry on top', () => {
    const lines = changelogLines([
      {
        resource: 'extension.x',
        kind: 'unexpected',
        declared: null,
        actual: 'x',
        patch: { op: 'list-add', path: ['extensions'], value: 'x' },
      },
      {
        resource: 'workspace._tmp',
        kind: 'missing',
        declared: '_tmp',
        actual: null,
        patch: { op: 'list-remove', path: ['workspace', 'layers'], value: '_tmp' },
      },
      {
        resource: 'container.web',
        kind: 'missing',
        declared: 'x',
        actual: null,
        patch: { op: 'delete', path: ['containers', 'web'] },
      },
      {
        resource: 'job.a',
        kind: 'changed',
        declared: '0 1 * * *',
        actual: '0 2 * * *',
        patch: { op: 'set', path: ['jobs', 'a', 'schedule'], value: '0 2 * * *' },
      },
      { resource: 'changelog.secret.k', kind: 'unexpected', declared: null, actual: 'k' },
      { resource: 'changelog.workspace._lab', kind: 'missing', declared: 'added in v1.8', actual: null },
      { resource: 'changelog.version', kind: 'missing', declared: 'v1.9', actual: 'v1.8' },
      { resource: 'collector.docker', kind: 'missing', declared: true, actual: 'down' },
    ]);
    expect(lines).toEqual([
      'Added extension `x`.',
      'Removed workspace layer `_tmp`.',
      'Removed container `web`.',
      'Changed `jobs.a.schedule` to `0 2 * * *`.',
      'Added secret `k`.',
      'Removed workspace layer `_lab`.',
    ]);
    const { content, entry } = insertChangelogEntry(LOG, { version: 'v1.9', date: '2026-12-06', lines });
    expect(content.startsWith(`# Changelog\n\n${entry}\n## v1.8 (2026-12-01)`)).toBe(true);
    const reread = parseChangelog(content);
    expect(newestVersion(reread)).toBe('v1.9');
    expect(reread.versions[0]?.changes.map((c) => `${c.op} ${c.type} ${c.name}`)).toEqual([
      'added extension x',
      'removed layer _tmp',
      'removed container web',
      'added secret k',
      'removed layer _lab',
    ]);
    expect(insertChangelogEntry(null, { version: 'v1.0', date: '2026-12-06', lines: ['Added job `a`.'] }).content).toBe(
      '# Architecture changelog\n\n## v1.0 (2026-12-06)\n- Added job `a`.\n',
    );
  });

  it("Buddy's own changelog agrees with its architecture page: same version, and every recorded change declared", () => {
    const { declared } = parseArchitecture(readFileSync('governance/architecture.md', 'utf8'));
    const changelog = parseChangelog(readFileSync('governance/CHANGELOG.md', 'utf8'));
    const findings = compareChangelog({
      ...base,
      changelog,
      pageVersion: declared.version ?? null,
      actual: {
        extension: declared.extensions,
        secret: declared.secrets,
        layer: declared.workspace?.layers,
        container: Object.keys(declared.containers ?? {}),
        job: Object.keys(declared.jobs ?? {}),
      },
    });
    expect(findings).toEqual([]);
    expect(newestVersion(changelog)).toBe(declared.version);
  });
});
