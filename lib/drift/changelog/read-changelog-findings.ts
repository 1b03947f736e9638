import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Actual } from '../collectors/collect-all';
import type { Finding } from '../types';
import { compareChangelog } from './compare-changelog';
import { type ChangeType, parseChangelog } from './parse-changelog';

const names = <T>(got: { ok: true; value: T[] } | { ok: false }, pick: (v: T) => string) =>
  got.ok ? got.value.map(pick) : undefined;

/**
 * Reads the changelog and compares it with what runs. A missing changelog is one low finding:
 * approving any drift report starts it.
 */
export async function readChangelogFindings(opts: {
  file: string;
  pageVersion: string | null;
  actual: Actual;
  pageFindings: Finding[];
}): Promise<{ findings: Finding[]; markdown: string | null }> {
  const label = path.basename(opts.file);
  let markdown: string;
  try {
    markdown = await readFile(opts.file, 'utf8');
  } catch (error) {
    return {
      markdown: null,
      findings: [
        {
          resource: 'document.changelog',
          fieldPath: '',
          kind: 'missing',
          severity: 'low',
          declared: opts.file,
          actual: null,
          message: `cannot read the changelog (${(error as Error).message}); approving a drift report starts one.`,
        },
      ],
    };
  }
  const a = opts.actual;
  const actual: Partial<Record<ChangeType, string[]>> = {
    extension: names(a.extensions, (n) => n),
    secret: names(a.secrets, (n) => n),
    layer: names(a.layers, (n) => n),
    container: names(a.containers, (c) => c.name),
    job: names(a.jobs, (j) => j.name),
  };
  const findings = compareChangelog({
    changelog: parseChangelog(markdown),
    file: label,
    pageVersion: opts.pageVersion,
    actual,
    alreadyFound: new Set(opts.pageFindings.map((f) => f.resource)),
  });
  return { findings, markdown };
}
