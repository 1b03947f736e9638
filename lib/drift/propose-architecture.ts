import { createHash } from 'node:crypto';
import { isMap, isSeq, parseDocument, visit, type Document, type YAMLSeq } from 'yaml';
import { compareVersions } from './changelog/parse-changelog';
import { extractBlock, replaceBlock } from './declared/extract-block';
import type { DocPatch } from './types';

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function node(doc: Document, value: unknown) {
  const created = doc.createNode(value);
  // Short lists of scalars read best inline, as the page writes them ([5050], [ALL]).
  if (isSeq(created) && created.items.length <= 6) created.flow = true;
  // Cron patterns are quoted on the page ("0 22 * * *"); a bare one is valid YAML but reads like an alias.
  visit(created, {
    Scalar(_, scalar) {
      if (typeof scalar.value === 'string' && scalar.value.includes('*')) scalar.type = 'QUOTE_DOUBLE';
    },
  });
  return created;
}

function applyPatch(doc: Document, patch: DocPatch): void {
  if (patch.op === 'set') doc.setIn(patch.path, node(doc, patch.value));
  else if (patch.op === 'delete') doc.deleteIn(patch.path);
  else {
    const seq = doc.getIn(patch.path, true);
    const list = isSeq(seq) ? (seq as YAMLSeq) : undefined;
    if (patch.op === 'list-add') {
      if (list) list.add(doc.createNode(patch.value));
      else doc.setIn(patch.path, node(doc, [patch.value]));
      return;
    }
    const index =
      list?.items.findIndex((i) => (i as { value?: unknown }).value === patch.value || i === patch.value) ?? -1;
    if (list && index >= 0) list.items.splice(index, 1);
  }
}

const VERSION = /^v\d+\.\d+$/;

const squeeze = (line: string) => line.replace(/([{[])\s+/g, '$1').replace(/\s+([}\]])/g, '$1');

/**
 * The YAML printer writes every flow collection one way (`{a: 1}`), while the page mixes `{ a: 1 }`
 * and `[5050]`. A line that differs from one of the page's only in that spacing keeps the page's
 * spelling, so the proposal (and its diff) shows only what changed.
 */
function keepLayout(before: string, after: string): string {
  const original = new Map<string, string>();
  for (const line of before.split('\n')) if (!original.has(squeeze(line))) original.set(squeeze(line), line);
  return after
    .split('\n')
    .map((line) => original.get(squeeze(line)) ?? line)
    .join('\n');
}

/**
 * The version after the newer of the page's and the changelog's (a minor step: v1.7 -> v1.8), so the
 * two documents meet again; `v1.0` when neither has one yet (the page then gets its first version).
 */
export function nextArchitectureVersion(pageVersion: unknown, changelogNewest: string | null): string {
  const known = [pageVersion, changelogNewest].filter((v): v is string => typeof v === 'string' && VERSION.test(v));
  const newest = known.sort(compareVersions).at(-1);
  if (!newest) return 'v1.0';
  const [major, minor] = newest.slice(1).split('.');
  return `v${major}.${Number(minor) + 1}`;
}

/**
 * The architecture page rewritten to match reality for the given patches: the prose is kept byte for
 * byte, the YAML block is edited in place (comments and layout kept) and its version bumped (to
 * `version` when the caller settled it with the changelog, else one step past the page's own).
 */
export function proposeArchitecture(
  markdown: string,
  patches: DocPatch[],
  opts: { version?: string } = {},
): { content: string; version: string } {
  const block = extractBlock(markdown);
  if (!block) throw new Error('The architecture page has no machine-readable block to update.');
  const doc = parseDocument(block.yaml);
  if (doc.errors.length) throw new Error(`The architecture block does not parse: ${doc.errors[0]?.message}`);
  for (const patch of patches) applyPatch(doc, patch);
  const version = opts.version ?? nextArchitectureVersion(doc.get('version'), null);
  const first = !doc.has('version');
  doc.set('version', version);
  const pair = first && isMap(doc.contents) ? doc.contents.items.pop() : undefined;
  if (pair && isMap(doc.contents)) doc.contents.items.unshift(pair); // a first version goes on top
  const yaml = keepLayout(block.yaml, doc.toString({ flowCollectionPadding: false }));
  return { content: replaceBlock(markdown, block, yaml), version };
}
