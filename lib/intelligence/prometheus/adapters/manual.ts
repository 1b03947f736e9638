import { z } from 'zod';
import { toDecimal } from '../decimal';
import { type CatalogModel, finish } from '../types';

export const manualEntrySchema = z.object({
  modelId: z.string().trim().min(1).max(200),
  provider: z.string().trim().min(1).max(100),
  name: z.string().trim().min(1).max(300).optional(),
  pointsTo: z.string().trim().max(200).optional(),
  inputPerMTok: z.union([z.string(), z.number()]).optional(),
  outputPerMTok: z.union([z.string(), z.number()]).optional(),
  contextWindow: z.number().int().positive().optional(),
  maxOutputTokens: z.number().int().positive().optional(),
  capabilities: z.array(z.string().max(50)).max(30).optional(),
  deprecatedAt: z.string().max(40).optional(),
});

/** Entries the owner types in (models no catalog lists yet); prices in USD per million tokens. */
export function parseManual(payload: unknown): CatalogModel[] {
  return finish(
    z
      .array(manualEntrySchema)
      .parse(payload)
      .map((m) => ({
        modelId: m.modelId,
        provider: m.provider,
        name: m.name ?? m.modelId,
        family: m.pointsTo ?? null,
        inputPerMTok: toDecimal(m.inputPerMTok),
        outputPerMTok: toDecimal(m.outputPerMTok),
        contextWindow: m.contextWindow ?? null,
        maxOutputTokens: m.maxOutputTokens ?? null,
        capabilities: m.capabilities ?? [],
        deprecatedAt: m.deprecatedAt ?? null,
      })),
  );
}
