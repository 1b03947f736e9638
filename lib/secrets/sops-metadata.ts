import { z } from 'zod';
import { SopsError } from './sops-error';

/** The parts of a sops `sops:` block this decrypter uses; unknown keys are kept out of the way. */
export const sopsMetadataSchema = z.object({
  age: z.array(z.object({ recipient: z.string(), enc: z.string() })).nullish(),
  pgp: z.array(z.object({ fp: z.string().optional() }).loose()).nullish(),
  lastmodified: z.string().min(1, 'lastmodified is missing'),
  mac: z.string().optional(),
  version: z.string().optional(),
  unencrypted_suffix: z.string().optional(),
  encrypted_suffix: z.string().optional(),
  unencrypted_regex: z.string().optional(),
  encrypted_regex: z.string().optional(),
  mac_only_encrypted: z.boolean().optional(),
});
export type SopsMetadata = z.infer<typeof sopsMetadataSchema>;

export function parseMetadata(raw: unknown, file: string): SopsMetadata {
  if (raw === undefined || raw === null)
    throw new SopsError('MALFORMED', `${file} has no "sops" metadata: it is not a sops file.`);
  const parsed = sopsMetadataSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SopsError(
      'MALFORMED',
      `${file}: sops metadata field "${issue?.path.join('.')}" is invalid: ${issue?.message}`,
    );
  }
  return parsed.data;
}

/**
 * sops's rule for whether a value at `path` is encrypted: suffixes first, then the regexes, each
 * matched against every key on the path (github.com/getsops/sops, tree.go).
 */
export function shouldBeEncrypted(meta: SopsMetadata, path: string[]): boolean {
  let encrypted = true;
  if (meta.unencrypted_suffix && path.some((p) => p.endsWith(meta.unencrypted_suffix as string))) encrypted = false;
  if (meta.encrypted_suffix) encrypted = path.some((p) => p.endsWith(meta.encrypted_suffix as string));
  if (meta.unencrypted_regex) {
    const re = goRegex(meta.unencrypted_regex);
    if (path.some((p) => re.test(p))) encrypted = false;
  }
  if (meta.encrypted_regex) {
    const re = goRegex(meta.encrypted_regex);
    encrypted = path.some((p) => re.test(p));
  }
  return encrypted;
}

function goRegex(source: string): RegExp {
  try {
    return new RegExp(source);
  } catch {
    throw new SopsError('UNSUPPORTED', `The sops regex "${source}" is not supported.`);
  }
}
