import { createHash } from 'node:crypto';
import { isSeq, parseDocument, type Document, type YAMLSeq } from 'yaml';
import { extractBlock, replaceBlock } from './declared/extract-block';
import type { DocPatch } from './types';

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function node(doc: Document, value: unknown) {
  const created = doc.createNode(value);
  // Short lists of scalars read best inline, as the page writes them ([5050], [ALL]).
  if (isSeq(created) && created.items.length <= 6) created.flow = true;
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

function nextVersion(version: unknown): string | undefined {
  const m = typeof version === 'string' ? /^v(\d+)\.(\d+)$/.exec(version) : null;
  return m ? `v${m[1]}.${Number(m[2]) + 1}` : undefined;
}

/**
 * The architecture page rewritten to match reality for the given patches: the prose is kept byte for
 * byte, the YAML block is edited in place (comments and layout kept) and its version bumped.
 */
export function proposeArchitecture(
  markdown: string,
  patches: DocPatch[],
): { content: string; version: string | undefined } {
  const block = extractBlock(markdown);
  if (!block) throw new Error('The architecture page has no machine-readable block to update.');
  const doc = parseDocument(block.yaml);
  if (doc.errors.length) throw new Error(`The architecture block does not parse: ${doc.errors[0]?.message}`);
  for (const patch of patches) applyPatch(doc, patch);
  const version = nextVersion(doc.get('version'));
  if (version) doc.set('version', version);
  return { content: replaceBlock(markdown, block, doc.toString({ flowCollectionPadding: false })), version };
}
