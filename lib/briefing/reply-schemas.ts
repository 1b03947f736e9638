import { z } from 'zod';

/**
 * What the briefings API answers: route() checks each handler's return type against it and the
 * OpenAPI document shows it. Dates are Date here and date-time strings on the wire.
 */
const toneSchema = z.enum(['ok', 'warn', 'bad', 'neutral']);

export const briefingReplySchema = z.object({
  id: z.string(),
  trigger: z.string(),
  headline: z.string(),
  since: z.date().nullable(),
  until: z.date().nullable(),
  createdAt: z.date(),
  tone: toneSchema,
  // The model's summary, or why there is none (no provider, or it failed).
  prose: z.object({ text: z.string().nullable(), note: z.string().nullable() }),
  sections: z.array(
    z.object({
      title: z.string(),
      tone: toneSchema,
      lines: z.array(z.object({ text: z.string(), href: z.string().optional() })),
    }),
  ),
});

export const briefingsReplySchema = z.object({
  latest: briefingReplySchema.nullable(),
  history: z.array(
    z.object({
      id: z.string(),
      trigger: z.string(),
      headline: z.string(),
      since: z.date().nullable(),
      createdAt: z.date(),
      tone: toneSchema,
      replaced: z.boolean(),
    }),
  ),
});

export const briefingRebuiltReplySchema = z.object({ briefingId: z.string(), headline: z.string() });
