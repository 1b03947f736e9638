import type { Finding } from '../types';
import {
  CHANGE_TYPES,
  type ChangeType,
  compareVersions,
  newestVersion,
  type ParsedChangelog,
  replayChangelog,
} from './parse-changelog';

/** The drift resource prefix of each changelog type (layers are `workspace.<layer>` in the page's findings). */
export const RESOURCE_PREFIX: Record<ChangeType, string> = {
  extension: 'extension',
  secret: 'secret',
  layer: 'workspace',
  container: 'container',
  job: 'job',
};
/** How a finding or a new changelog line names each type of change. */
export const NOUN: Record<ChangeType, string> = {
  extension: 'extension',
  secret: 'secret',
  layer: 'workspace layer',
  container: 'container',
  job: 'job',
};

export type ChangelogInput = {
  changelog: ParsedChangelog;
  /** The changelog's file name as the owner knows it, for messages. */
  file: string;
  pageVersion: string | null;
  /** What runs, per type; a type whose collector failed is absent (its error is reported elsewhere). */
  actual: Partial<Record<ChangeType, string[]>>;
  /** Resources the page comparison already reported: approving those writes their changelog line too. */
  alreadyFound: ReadonlySet<string>;
};

function versionFindings(input: ChangelogInput): Finding[] {
  const newest = newestVersion(input.changelog);
  const page = input.pageVersion;
  if (!page) return [];
  const recorded = input.changelog.versions.some((v) => v.version === page);
  if (newest && compareVersions(newest, page) > 0)
    return [
      {
        resource: 'changelog.version',
        fieldPath: 'entry',
        kind: 'unexpected',
        severity: 'medium',
        declared: page,
        actual: newest,
        message: `${input.file} records ${newest}, newer than the architecture page (${page}).`,
      },
    ];
  if (recorded) return [];
  return [
    {
      resource: 'changelog.version',
      fieldPath: 'entry',
      kind: 'missing',
      severity: 'medium',
      declared: page,
      actual: newest,
      message: `The architecture page is at ${page}, but ${input.file} has no entry for it.`,
    },
  ];
}

/**
 * Pure: the changelog against what runs. A change the changelog records that the environment lacks
 * (added but absent, removed but present) is a finding, and so is the reverse: something running
 * that no entry records, for every type the changelog records at all. A resource the page comparison
 * already reported is left out, so one difference is one item.
 */
export function compareChangelog(input: ChangelogInput): Finding[] {
  const out = versionFindings(input);
  const state = replayChangelog(input.changelog);
  for (const type of CHANGE_TYPES) {
    const recorded = state.get(type);
    const running = input.actual[type];
    if (!recorded || !running) continue;
    const skip = (name: string) => input.alreadyFound.has(`${RESOURCE_PREFIX[type]}.${name}`);
    const resource = (name: string) => `changelog.${RESOURCE_PREFIX[type]}.${name}`;
    for (const [name, change] of recorded) {
      const present = running.includes(name);
      if (skip(name) || present === (change.op === 'added')) continue;
      out.push({
        resource: resource(name),
        fieldPath: '',
        kind: present ? 'unexpected' : 'missing',
        severity: 'medium',
        declared: `${change.op} in ${change.version}`,
        actual: present ? name : null,
        message: `${input.file} line ${change.line} records ${NOUN[type]} \`${name}\` ${change.op} in ${change.version}, but ${present ? 'it is there' : 'the environment has none'}.`,
      });
    }
    for (const name of running) {
      if (recorded.has(name) || skip(name)) continue;
      out.push({
        resource: resource(name),
        fieldPath: '',
        kind: 'unexpected',
        severity: 'low',
        declared: null,
        actual: name,
        message: `${NOUN[type]} \`${name}\` is there, but no entry in ${input.file} records it being added.`,
      });
    }
  }
  return out;
}
