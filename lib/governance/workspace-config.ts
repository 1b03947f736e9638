import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

export const LAYER_NAMES = ['_governance', '_foundation', '_active', '_archive', '_experiments'] as const;
export type LayerName = (typeof LAYER_NAMES)[number];

const layerSpec = z.object({ description: z.string().min(1) }).strict();
const projectPath = z
  .string()
  .regex(
    /^_(governance|foundation|active|archive|experiments)\/[A-Za-z0-9._-]+$/,
    'a project is "<layer>/<folder>", e.g. "_active/shop"',
  );

export const workspaceSchema = z
  .object({
    version: z.literal(1),
    layers: z
      .object({
        _governance: layerSpec,
        _foundation: layerSpec,
        _active: layerSpec,
        _archive: layerSpec,
        _experiments: layerSpec,
      })
      .strict(),
    brands: z.record(
      z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'brand names are lowercase words'),
      z.object({ projects: z.array(projectPath).min(1) }).strict(),
    ),
    // How a change is known to come from an agent: its commit author's email matches one of these
    // globs, or its message carries the trailer (e.g. "Agent: staging-worker"). For staged (not yet
    // committed) changes, the committing identity (git user.email / BUDDY_AGENT) decides.
    agents: z
      .object({ authorEmails: z.array(z.string().min(1)).default([]), trailer: z.string().default('Agent') })
      .strict()
      .default({ authorEmails: [], trailer: 'Agent' }),
    // A human review is recorded as a trailer on the commit ("Reviewed-by: Name <email>").
    review: z
      .object({ trailer: z.string().default('Reviewed-by') })
      .strict()
      .default({ trailer: 'Reviewed-by' }),
  })
  .strict()
  .superRefine((config, ctx) => {
    const owners = new Map<string, string>();
    for (const [brand, { projects }] of Object.entries(config.brands)) {
      for (const [i, project] of projects.entries()) {
        const other = owners.get(project);
        if (other)
          ctx.addIssue({
            code: 'custom',
            path: ['brands', brand, 'projects', i],
            message: `"${project}" already belongs to brand "${other}"`,
          });
        owners.set(project, brand);
      }
    }
  });
export type WorkspaceConfig = z.infer<typeof workspaceSchema>;

export class GovernanceConfigError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'GovernanceConfigError';
  }
}

export function parseWorkspaceConfig(text: string, file = 'governance/workspace.yaml'): WorkspaceConfig {
  let raw: unknown;
  try {
    raw = parse(text, { uniqueKeys: true });
  } catch (error) {
    throw new GovernanceConfigError(`${file} is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const result = workspaceSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path.join('.') || '(top level)';
    throw new GovernanceConfigError(`${file}: field "${field}": ${issue?.message}`, field);
  }
  return result.data;
}

export function loadWorkspaceConfig(file: string): WorkspaceConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new GovernanceConfigError(`Cannot read ${file}: the workspace needs governance/workspace.yaml.`);
  }
  return parseWorkspaceConfig(text, file);
}
