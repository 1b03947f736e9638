import { z } from 'zod';

/** One model as a catalog source describes it, after normalisation. */
export const catalogModelSchema = z.object({
  modelId: z.string().min(1).max(200),
  provider: z.string().min(1).max(100),
  name: z.string().min(1).max(300),
  family: z.string().max(200).nullable().default(null),
  inputPerMTok: z
    .string()
    .regex(/^-?\d+(\.\d+)?$/)
    .nullable()
    .default(null),
  outputPerMTok: z
    .string()
    .regex(/^-?\d+(\.\d+)?$/)
    .nullable()
    .default(null),
  contextWindow: z.number().int().positive().nullable().default(null),
  maxOutputTokens: z.number().int().positive().nullable().default(null),
  capabilities: z.array(z.string()).default([]),
  deprecatedAt: z.string().nullable().default(null),
});
export type CatalogModel = z.output<typeof catalogModelSchema>;

/** The capabilities column of TrackedModel and ModelObservation: a sorted list of strings. */
export const storedCapabilitiesSchema = z.array(z.string());

export const SOURCES = ['anthropic', 'openai', 'models.dev', 'litellm', 'openrouter', 'manual', 'seed'] as const;
export type CatalogSource = (typeof SOURCES)[number];

/** Turns a source's payload into models; throws when the payload is not that source's format. */
export type CatalogAdapter = {
  source: CatalogSource;
  /** Extra request headers (API keys) the source needs; never logged. */
  headers?: Record<string, string>;
  parse: (payload: unknown) => CatalogModel[];
};

export function toInt(value: unknown): number | null {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : null;
}

export function finish(models: Partial<CatalogModel>[]): CatalogModel[] {
  return models.map((m) => {
    const parsed = catalogModelSchema.parse(m);
    return { ...parsed, capabilities: [...new Set(parsed.capabilities)].sort() };
  });
}
