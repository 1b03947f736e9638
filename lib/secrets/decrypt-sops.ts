import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { armor, Decrypter } from 'age-encryption';
import type { Document } from 'yaml';
import { type IdentitySources, loadAgeIdentities, noKeyError } from './age-identities';
import { SopsError } from './sops-error';
import { parseMetadata, type SopsMetadata } from './sops-metadata';
import { formatOf, loadSopsDocument, renderPlaintext, type SopsFormat } from './sops-formats';
import { decryptTree } from './sops-tree';

export type DecryptedSops = {
  format: SopsFormat;
  /** Typed values (strings, numbers, booleans, Buffers for bytes), keys in file order. */
  data: unknown;
  /** The plaintext file, in the file's own format. */
  plaintext: Buffer;
  metadata: SopsMetadata;
};

export type DecryptOptions = {
  format?: SopsFormat;
  identities?: IdentitySources;
  /** Tests of the tree format with PGP fixtures inject a recovered data key and skip age. */
  dataKey?: Buffer;
};

export async function decryptSopsFile(file: string, options: DecryptOptions = {}): Promise<DecryptedSops> {
  return decryptSops(await readFile(file, 'utf8'), path.basename(file), { format: formatOf(file), ...options });
}

/** Decrypts a sops document. Nothing is returned unless every value authenticates and the MAC matches. */
export async function decryptSops(text: string, label: string, options: DecryptOptions = {}): Promise<DecryptedSops> {
  const format = options.format ?? formatOf(label);
  const { doc, meta } = loadSopsDocument(text, format, label);
  const metadata = parseMetadata(meta, label);
  const key = options.dataKey ?? (await dataKey(metadata, label, options.identities));
  if (key.length !== 32) throw new SopsError('MALFORMED', `${label}: the data key is not 32 bytes.`);
  const leaves = decryptTree(doc as Document, metadata, key, label);
  const binary = format === 'binary' ? leaves[0]?.raw : undefined;
  return { format, data: doc.toJS(), plaintext: renderPlaintext(doc as Document, format, binary), metadata };
}

async function dataKey(metadata: SopsMetadata, label: string, sources?: IdentitySources): Promise<Buffer> {
  const stanzas = metadata.age ?? [];
  if (stanzas.length === 0)
    throw new SopsError('UNSUPPORTED', `${label} has no age recipients (only age is supported).`);
  const { identities, tried } = loadAgeIdentities(sources);
  if (identities.length === 0) throw noKeyError(label, tried, 0);
  const decrypter = new Decrypter();
  for (const identity of identities) decrypter.addIdentity(identity);
  for (const stanza of stanzas) {
    let sealed: Uint8Array;
    try {
      sealed = armor.decode(stanza.enc);
    } catch {
      continue;
    }
    try {
      return Buffer.from(await decrypter.decrypt(sealed, 'uint8array'));
    } catch {
      // Not encrypted to one of our identities (or damaged): try the next recipient.
    }
  }
  throw noKeyError(label, tried, identities.length);
}
