import { createHash } from 'node:crypto';
import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { decryptValue, macBytes, type SopsValue } from './sops-cipher';
import { SopsError } from './sops-error';
import { shouldBeEncrypted, type SopsMetadata } from './sops-metadata';

const MAC_PATTERN = /^[0-9A-F]{128}$/;

/**
 * Decrypts every value of the document in place, in file order, hashing each plaintext into the
 * MAC exactly as sops does. The MAC (itself encrypted with lastmodified as additional data) is
 * compared before the caller gets anything: a reordered, removed or edited key changes the hash.
 */
export function decryptTree(doc: Document, meta: SopsMetadata, key: Buffer, file: string): DecryptedLeaf[] {
  const leaves: DecryptedLeaf[] = [];
  const hash = createHash('sha512');
  // sops seeds a mac_only_encrypted MAC with sha256("sops"), so it never equals a full-tree MAC.
  if (meta.mac_only_encrypted) hash.update(createHash('sha256').update('sops').digest());
  const onLeaf = (scalar: { value: unknown }, path: string[]) => {
    if (scalar.value === null || scalar.value === undefined) return;
    const encrypted = shouldBeEncrypted(meta, path);
    let bytes: Buffer;
    if (encrypted) {
      if (typeof scalar.value !== 'string') {
        throw new SopsError('MALFORMED', `${file}: the value at "${path.join('.')}" should be encrypted but is not.`);
      }
      const { value, raw, type } = decryptValue(scalar.value, key, `${path.join(':')}:`);
      scalar.value = value;
      // Strings hash as their exact bytes (binary files need not be UTF-8); numbers and bools as Go prints them.
      bytes = type === 'str' || type === 'bytes' ? raw : macBytes(value);
      leaves.push({ path, raw });
    } else {
      bytes = macBytes(scalar.value as SopsValue);
    }
    if (!meta.mac_only_encrypted || encrypted) hash.update(bytes);
  };
  walk(doc.contents, [], onLeaf, true, file);
  verifyMac(meta, key, hash.digest('hex').toUpperCase(), file);
  return leaves;
}

export type DecryptedLeaf = { path: string[]; raw: Buffer };

function verifyMac(meta: SopsMetadata, key: Buffer, computed: string, file: string): void {
  if (!meta.mac) throw new SopsError('NO_MAC', `${file} has no MAC, so its integrity cannot be checked; refused.`);
  let stored: string;
  try {
    stored = String(decryptValue(meta.mac, key, meta.lastmodified).value);
  } catch {
    throw new SopsError(
      'BAD_MAC',
      `${file}: the MAC does not authenticate (lastmodified or the MAC was changed); refused.`,
    );
  }
  if (!MAC_PATTERN.test(stored) || stored !== computed) {
    throw new SopsError(
      'BAD_MAC',
      `${file}: the MAC does not match the content (a value was edited, reordered or removed); refused.`,
    );
  }
}

type OnLeaf = (scalar: { value: unknown }, path: string[]) => void;

function walk(
  node: Node | null | undefined | unknown,
  path: string[],
  onLeaf: OnLeaf,
  top: boolean,
  file: string,
): void {
  if (node === null || node === undefined) return;
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (top && key === 'sops') continue;
      walk(pair.value, [...path, key], onLeaf, false, file);
    }
    return;
  }
  if (isSeq(node)) {
    for (const item of node.items) walk(item, path, onLeaf, false, file);
    return;
  }
  if (isScalar(node)) {
    onLeaf(node, path);
    return;
  }
  throw new SopsError('UNSUPPORTED', `${file}: unsupported YAML node (alias or tag) at "${path.join('.')}".`);
}
