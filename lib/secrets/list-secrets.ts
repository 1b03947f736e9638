import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq } from 'yaml';
import { env } from '../env';
import { secretMounts } from './secret-mounts';
import { SopsError } from './sops-error';
import { formatOf, loadSopsDocument } from './sops-formats';
import { parseMetadata } from './sops-metadata';
import { encryptedFiles, plaintextName } from './materialize-secrets';
import { isTmpfs } from './tmpfs';

export type SecretFileView = {
  file: string;
  format: string;
  keys: string[];
  recipients: string[];
  lastModified: string | null;
  decrypted: boolean;
  mountedBy: string[];
  error: string | null;
};

function keyNames(node: unknown, prefix: string, out: string[]): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const name = `${prefix}${isScalar(pair.key) ? String(pair.key.value) : String(pair.key)}`;
      if (isMap(pair.value) || isSeq(pair.value)) keyNames(pair.value, `${name}.`, out);
      else out.push(name);
    }
  } else if (isSeq(node)) {
    for (const [i, item] of node.items.entries()) if (isMap(item) || isSeq(item)) keyNames(item, `${prefix}${i}.`, out);
    if (prefix) out.push(prefix.slice(0, -1));
  }
}

/** What the Secrets page shows: names and metadata only. Nothing here decrypts a value. */
export function listSecrets(): {
  sourceDir: string;
  targetDir: string;
  targetOnTmpfs: boolean;
  files: SecretFileView[];
} {
  const { BUDDY_SECRETS_SOURCE, BUDDY_SECRETS_DIR, BUDDY_COMPOSE_FILE } = env();
  const sourceDir = path.resolve(/*turbopackIgnore: true*/ BUDDY_SECRETS_SOURCE ?? 'secrets');
  const mounts = secretMounts(path.resolve(/*turbopackIgnore: true*/ BUDDY_COMPOSE_FILE), BUDDY_SECRETS_DIR);
  const files = encryptedFiles(sourceDir).map((file): SecretFileView => {
    const plain = plaintextName(file);
    const base = {
      file,
      format: formatOf(file),
      decrypted: existsSync(path.join(BUDDY_SECRETS_DIR, plain)),
      mountedBy: mounts(plain),
    };
    try {
      const { doc, meta } = loadSopsDocument(readFileSync(path.join(sourceDir, file), 'utf8'), base.format, file);
      const metadata = parseMetadata(meta, file);
      const keys: string[] = [];
      keyNames(doc.contents, '', keys);
      return {
        ...base,
        keys,
        recipients: (metadata.age ?? []).map((a) => a.recipient),
        lastModified: metadata.lastmodified,
        error: null,
      };
    } catch (error) {
      const message = error instanceof SopsError ? error.message : 'unreadable file';
      return { ...base, keys: [], recipients: [], lastModified: null, error: message };
    }
  });
  return { sourceDir, targetDir: BUDDY_SECRETS_DIR, targetOnTmpfs: isTmpfs(path.dirname(BUDDY_SECRETS_DIR)), files };
}
