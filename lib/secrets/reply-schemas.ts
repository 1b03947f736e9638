import { z } from 'zod';

/** What GET /api/governance/secrets answers (names and metadata, never a value): route() and the OpenAPI document use it. */
export const secretsReplySchema = z.object({
  sourceDir: z.string(),
  targetDir: z.string(),
  targetOnTmpfs: z.boolean(),
  files: z.array(
    z.object({
      file: z.string(),
      format: z.string(),
      keys: z.array(z.string()),
      recipients: z.array(z.string()),
      lastModified: z.string().nullable(),
      decrypted: z.boolean(),
      mountedBy: z.array(z.string()),
      error: z.string().nullable(),
    }),
  ),
});
