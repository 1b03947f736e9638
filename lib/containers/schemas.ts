import { z } from 'zod';

/** Docker's own container-name rule. */
export const containerNameParams = z.object({
  name: z.string().regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,127}$/, 'not a valid container name'),
});

const flag = z
  .enum(['1', '0', 'true', 'false'])
  .optional()
  .transform((v) => v === '1' || v === 'true');

export const logsQuery = z.object({
  tail: z.coerce.number().int().min(1).max(5000).default(200),
  follow: flag,
});

export const statsQuery = z.object({ stream: flag });

export const createContainerBody = z.object({ component: z.literal('sandbox') });
