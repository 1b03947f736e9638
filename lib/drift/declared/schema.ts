import { z } from 'zod';

/** The machine-readable block of governance/architecture.md, one schema per resource type. */
const hardeningSchema = z.strictObject({
  user: z.string().optional(),
  readOnlyRootfs: z.boolean().optional(),
  noNewPrivileges: z.boolean().optional(),
  capDrop: z.array(z.string()).optional(),
  capAdd: z.array(z.string()).optional(),
  memoryMb: z.number().int().positive().optional(),
  pidsLimit: z.number().int().positive().optional(),
});

export const containerSchema = z.strictObject({
  image: z.string().min(1),
  role: z.string().min(1),
  ports: z.array(z.number().int().min(1).max(65535)).default([]),
  running: z.boolean().default(true),
  hardening: hardeningSchema.default({}),
});
export type DeclaredContainer = z.infer<typeof containerSchema>;

const cronSchema = z.string().regex(/^\S+( \S+){4,5}$/, 'must be a cron pattern with 5 or 6 fields');

export const SECTION_SCHEMAS = {
  version: z.string().regex(/^v\d+\.\d+$/, 'must look like v1.7'),
  buddy: z.strictObject({ version: z.string().min(1) }),
  containers: z.record(z.string().regex(/^[a-z0-9-]+$/), containerSchema),
  jobs: z.record(
    z.string().regex(/^[a-z0-9.-]+$/),
    z.strictObject({ schedule: cronSchema, model: z.string().min(1), tz: z.string().optional() }),
  ),
  skills: z.strictObject({ count: z.number().int().min(0) }),
  extensions: z.array(z.string().regex(/^[a-z0-9-]+$/)),
  secrets: z.array(z.string().regex(/^[A-Za-z0-9._-]+$/)),
  workspace: z.strictObject({ layers: z.array(z.string().regex(/^_[a-z0-9-]+$/)) }),
} as const;

export type SectionName = keyof typeof SECTION_SCHEMAS;
export const SECTION_NAMES = Object.keys(SECTION_SCHEMAS) as SectionName[];

/** Valid sections only: an invalid section is reported as a finding and left out of the comparison. */
export type Declared = { [K in SectionName]?: z.infer<(typeof SECTION_SCHEMAS)[K]> };
