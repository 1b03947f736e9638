import path from 'node:path';
import { Document, isMap, isScalar, isSeq, type Node, Pair, parseDocument, Scalar, YAMLMap } from 'yaml';
import { SopsError } from './sops-error';

export type SopsFormat = 'yaml' | 'json' | 'dotenv' | 'binary';

export function formatOf(file: string): SopsFormat {
  const name = path.basename(file).toLowerCase();
  if (/\.ya?ml$/.test(name)) return 'yaml';
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.env') || name === '.env') return 'dotenv';
  return 'binary';
}

/**
 * Loads a sops file into a yaml Document (JSON too: the yaml document API keeps key order exactly,
 * which JSON.parse does not for integer-like keys) plus its raw `sops` metadata.
 */
export function loadSopsDocument(text: string, format: SopsFormat, file: string): { doc: Document; meta: unknown } {
  if (format === 'dotenv') return loadDotenv(text, file);
  const doc = parseDocument(text, { version: '1.2', schema: 'core', uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new SopsError(
      'MALFORMED',
      `${file} is not valid ${format === 'yaml' ? 'YAML' : 'JSON'}: ${doc.errors[0]?.message.split('\n')[0]}`,
    );
  }
  if (!isMap(doc.contents)) throw new SopsError('MALFORMED', `${file}: the top level must be a mapping.`);
  const metaNode = doc.contents.get('sops', true) as Node | undefined;
  const meta = metaNode && 'toJSON' in metaNode ? (metaNode as { toJSON(): unknown }).toJSON() : undefined;
  doc.contents.delete('sops');
  if (format === 'binary' && !(doc.contents.items.length === 1 && doc.contents.has('data'))) {
    throw new SopsError('MALFORMED', `${file}: a binary sops file holds exactly one "data" value.`);
  }
  return { doc, meta };
}

/** sops dotenv: KEY=VALUE lines, "\n" escaped, metadata flattened into sops_* keys. */
function loadDotenv(text: string, file: string): { doc: Document; meta: unknown } {
  const map = new YAMLMap();
  const meta: Record<string, unknown> = {};
  const age: Record<string, { recipient?: string; enc?: string }> = {};
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) throw new SopsError('MALFORMED', `${file}:${index + 1}: a dotenv line must be KEY=VALUE.`);
    const key = line.slice(0, eq);
    const value = line.slice(eq + 1).replaceAll('\\n', '\n');
    if (!key.startsWith('sops_')) {
      map.items.push(new Pair(new Scalar(key), new Scalar(value)));
      continue;
    }
    const ageMatch = /^sops_age__list_(\d+)__map_(recipient|enc)$/.exec(key);
    if (ageMatch) {
      const index = ageMatch[1] as string;
      age[index] ??= {};
      const slot = age[index];
      slot[ageMatch[2] as 'recipient' | 'enc'] = value;
    } else {
      const name = key.slice('sops_'.length);
      meta[name] = name === 'mac_only_encrypted' ? value === 'true' : value;
    }
  }
  meta.age = Object.keys(age)
    .sort((a, b) => Number(a) - Number(b))
    .map((k) => age[k]);
  const doc = new Document();
  doc.contents = map as never;
  return { doc, meta: Object.keys(meta).length > 1 ? meta : undefined };
}

/** Writes the decrypted document back in its own format, keys in file order. */
export function renderPlaintext(doc: Document, format: SopsFormat, binaryData?: Buffer): Buffer {
  if (format === 'binary') return binaryData ?? Buffer.alloc(0);
  if (format === 'yaml') return Buffer.from(doc.toString({ lineWidth: 0 }));
  if (format === 'json') return Buffer.from(`${jsonOf(doc.contents, '')}\n`);
  const map = doc.contents as YAMLMap;
  const lines = map.items.map(
    (p) => `${String((p.key as Scalar).value)}=${String((p.value as Scalar).value).replaceAll('\n', '\\n')}`,
  );
  return Buffer.from(lines.length ? `${lines.join('\n')}\n` : '');
}

function jsonOf(node: unknown, indent: string): string {
  const inner = `${indent}  `;
  if (isMap(node)) {
    if (node.items.length === 0) return '{}';
    const parts = node.items.map(
      (p) => `${inner}${JSON.stringify(String(isScalar(p.key) ? p.key.value : p.key))}: ${jsonOf(p.value, inner)}`,
    );
    return `{\n${parts.join(',\n')}\n${indent}}`;
  }
  if (isSeq(node)) {
    if (node.items.length === 0) return '[]';
    return `[\n${node.items.map((i) => `${inner}${jsonOf(i, inner)}`).join(',\n')}\n${indent}]`;
  }
  const value = isScalar(node) ? node.value : node;
  if (Buffer.isBuffer(value)) return JSON.stringify(value.toString('base64'));
  return JSON.stringify(value ?? null);
}
