import { z } from 'zod';
import { MODEL_ALIASES } from '../ai/types';

export const circuitBody = z.object({ state: z.enum(['closed', 'half-open']) });
export const runsQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });
export const settingsBody = z
  .object({
    model: z.enum(MODEL_ALIASES).nullable().optional(),
    timeoutMs: z
      .number()
      .int()
      .min(10_000)
      .max(6 * 3600_000)
      .nullable()
      .optional(),
    failureThreshold: z.number().int().min(1).max(50).optional(),
  })
  .refine((b) => Object.keys(b).length > 0, 'change at least one of model, timeoutMs, failureThreshold');
export type SettingsInput = z.infer<typeof settingsBody>;
