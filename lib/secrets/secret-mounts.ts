import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

type Compose = {
  services?: Record<
    string,
    { volumes?: Array<string | { source?: string; target?: string }>; secrets?: Array<string | { source: string }> }
  >;
  secrets?: Record<string, { file?: string }>;
};

/**
 * Which compose services mount each decrypted file (plaintext name -> services), from `secrets:`
 * entries whose file is in the tmpfs folder and from read-only binds of that folder or its files.
 */
export function secretMounts(composeFile: string, secretsDir: string): (name: string) => string[] {
  const out = new Map<string, string[]>();
  const lookup = (name: string) => [...new Set([...(out.get(name) ?? []), ...(out.get('*') ?? [])])].sort();
  if (!existsSync(composeFile)) return lookup;
  let compose: Compose;
  try {
    compose = (parse(readFileSync(composeFile, 'utf8')) ?? {}) as Compose;
  } catch {
    return lookup;
  }
  const add = (name: string, service: string) => out.set(name, [...new Set([...(out.get(name) ?? []), service])]);
  const dir = path.resolve(secretsDir);
  for (const [service, spec] of Object.entries(compose.services ?? {})) {
    for (const s of spec.secrets ?? []) {
      const file = compose.secrets?.[typeof s === 'string' ? s : s.source]?.file;
      if (file && path.dirname(path.resolve(file)) === dir) add(path.basename(file), service);
    }
    for (const v of spec.volumes ?? []) {
      const source = typeof v === 'string' ? v.split(':')[0] : v.source;
      if (!source) continue;
      const abs = path.resolve(source);
      if (abs === dir) add('*', service);
      else if (path.dirname(abs) === dir) add(path.basename(abs), service);
    }
  }
  return lookup;
}
