import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { env } from '../env';
import { SopsError } from './sops-error';

const IDENTITY = /^AGE-SECRET-KEY-(PQ-)?1[0-9A-Z]+$/;

export type IdentitySources = { SOPS_AGE_KEY?: string; SOPS_AGE_KEY_FILE?: string; keysFile?: string };

/** Where sops itself looks: $XDG_CONFIG_HOME/sops/age/keys.txt, else ~/.config/sops/age/keys.txt. */
export function standardKeysFile(): string {
  const { XDG_CONFIG_HOME, HOME } = env();
  return path.join(XDG_CONFIG_HOME ?? path.join(HOME ?? '/root', '.config'), 'sops', 'age', 'keys.txt');
}

function identitiesIn(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => IDENTITY.test(l));
}

/**
 * age identities from SOPS_AGE_KEY, SOPS_AGE_KEY_FILE and the standard keys file, in that order.
 * Errors list the sources that were tried; key material never appears in a message.
 */
export function loadAgeIdentities(sources: IdentitySources = fromEnv()): { identities: string[]; tried: string[] } {
  const identities: string[] = [];
  const tried: string[] = [];
  if (sources.SOPS_AGE_KEY !== undefined) {
    tried.push('SOPS_AGE_KEY');
    identities.push(...identitiesIn(sources.SOPS_AGE_KEY));
  }
  for (const [label, file] of [
    ['SOPS_AGE_KEY_FILE', sources.SOPS_AGE_KEY_FILE],
    ['standard keys file', sources.keysFile],
  ] as const) {
    if (!file) continue;
    tried.push(`${label} (${file})`);
    if (existsSync(/*turbopackIgnore: true*/ file))
      identities.push(...identitiesIn(readFileSync(/*turbopackIgnore: true*/ file, 'utf8')));
  }
  return { identities, tried };
}

function fromEnv(): IdentitySources {
  const e = env();
  return { SOPS_AGE_KEY: e.SOPS_AGE_KEY, SOPS_AGE_KEY_FILE: e.SOPS_AGE_KEY_FILE, keysFile: standardKeysFile() };
}

export function noKeyError(file: string, tried: string[], found: number): SopsError {
  const where = tried.length
    ? tried.join(', ')
    : 'no source was configured (SOPS_AGE_KEY, SOPS_AGE_KEY_FILE, ~/.config/sops/age/keys.txt)';
  const what =
    found === 0 ? 'no age identity was found' : `none of the ${found} age identities found matches a recipient`;
  return new SopsError('NO_KEY', `Cannot decrypt ${file}: ${what}. Sources tried: ${where}.`);
}
