import { z } from 'zod';
import { LAYER_NAMES } from './workspace-config';

/** What the governance endpoints answer: route() checks each handler against it and the OpenAPI document shows it. */
const pathVerdictSchema = z.object({ allowed: z.boolean(), reason: z.string(), layer: z.string().nullable() });

export const checkPathReplySchema = pathVerdictSchema.extend({ path: z.string() });

// The workspace's description, or why the governance files could not be read.
export const workspaceReplySchema = z.union([
  z.object({
    ok: z.literal(true),
    layers: z.array(z.object({ name: z.enum(LAYER_NAMES), description: z.string(), promotion: pathVerdictSchema })),
    brands: z.array(z.object({ name: z.string(), projects: z.array(z.string()) })),
    agents: z.object({ authorEmails: z.array(z.string()), trailer: z.string() }),
    review: z.object({ trailer: z.string() }),
  }),
  z.object({ ok: z.literal(false), error: z.string(), field: z.string().nullable() }),
]);
