import { z } from 'zod';

/** Buddy's command-system categories; the Skills page filters on these. */
export const SKILL_CATEGORIES = [
  'build',
  'deploy',
  'content',
  'video',
  'pipeline',
  'system',
  'memory',
  'sandbox',
] as const;
export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

export const MAX_SKILL_BYTES = 256 * 1024;
export const MAX_NAME_CHARS = 64;
export const MAX_DESCRIPTION_CHARS = 1024;

/** OpenClaw's naming rule: lowercase letters, digits and single inner hyphens. */
export const skillNameSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(MAX_NAME_CHARS, `must be at most ${MAX_NAME_CHARS} characters`)
  .regex(/^[a-z0-9-]+$/, 'may contain only lowercase letters, digits and hyphens')
  .refine((n) => !n.startsWith('-') && !n.endsWith('-'), 'must not start or end with a hyphen')
  .refine((n) => !n.includes('--'), 'must not contain a double hyphen');

const requiresSchema = z
  .object({
    bins: z.array(z.string().min(1)).optional(),
    anyBins: z.array(z.string().min(1)).optional(),
    env: z.array(z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'must be an environment variable name')).optional(),
    config: z.array(z.string().min(1)).optional(),
  })
  .strict();

const openclawMetaSchema = z
  .object({
    emoji: z.string().min(1, 'an emoji is required'),
    homepage: z.string().url().optional(),
    skillKey: z.string().min(1).optional(),
    primaryEnv: z.string().min(1).optional(),
    os: z.array(z.enum(['darwin', 'linux', 'win32'])).optional(),
    always: z.boolean().optional(),
    requires: requiresSchema,
    install: z.array(z.record(z.string(), z.unknown())).optional(),
  })
  .strict();

const buddyMetaSchema = z
  .object({
    category: z.enum(SKILL_CATEGORIES),
    scopes: z.array(z.string().min(1)),
    staging: z.string().min(1).nullable().default(null),
  })
  .strict();

/** Top-level keys OpenClaw accepts; anything else is rejected by its validator, so by ours too. */
export const frontMatterSchema = z
  .object({
    name: skillNameSchema,
    description: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(MAX_DESCRIPTION_CHARS, `must be at most ${MAX_DESCRIPTION_CHARS} characters`)
      .refine((d) => !/[<>]/.test(d), 'must not contain < or >'),
    'user-invocable': z.boolean().default(true),
    'disable-model-invocation': z.boolean().default(false),
    'command-dispatch': z.literal('tool').optional(),
    'command-tool': z.string().min(1).optional(),
    'command-arg-mode': z.literal('raw').optional(),
    homepage: z.string().url().optional(),
    license: z.string().min(1).optional(),
    metadata: z.looseObject({ openclaw: openclawMetaSchema, buddy: buddyMetaSchema }),
  })
  .strict();

export type SkillFrontMatter = z.output<typeof frontMatterSchema>;

export type SkillIssue = { field: string; message: string };

export type SkillRecord = {
  name: string;
  folder: string;
  path: string;
  bytes: number;
  valid: boolean;
  issues: SkillIssue[];
  frontMatter: SkillFrontMatter | null;
  body: string;
  slashCommand: string | null;
};
