import { z } from 'zod';
import { SKILL_CATEGORIES } from './schemas';

/** What the skills API answers: route() checks each handler against it and the OpenAPI document shows it. */
const skillSummarySchema = z.object({
  name: z.string(),
  folder: z.string(),
  description: z.string(),
  emoji: z.string(),
  category: z.enum(SKILL_CATEGORIES).nullable(),
  scopes: z.array(z.string()),
  staging: z.string().nullable(),
  userInvocable: z.boolean(),
  ownerOnly: z.boolean(),
  slashCommand: z.string().nullable(),
  requiresConfig: z.array(z.string()),
  // False when the SKILL.md breaks a rule; `issues` says which.
  valid: z.boolean(),
  issues: z.array(z.object({ field: z.string(), message: z.string() })),
  bytes: z.number().int(),
});

export const skillsReplySchema = z.object({
  skills: z.array(skillSummarySchema),
  total: z.number().int(),
  invalid: z.number().int(),
  categories: z.array(z.enum(SKILL_CATEGORIES)).readonly(),
  extensions: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      description: z.string(),
      version: z.string(),
      tools: z.array(z.string()),
      built: z.boolean(),
    }),
  ),
});

export const skillReplySchema = z.object({ skill: skillSummarySchema.extend({ body: z.string() }) });
