import { z } from 'zod';

/** What the audit trail's endpoints answer: route() checks each handler against it and the OpenAPI document shows it. */
export const auditEventsReplySchema = z.object({
  events: z.array(
    z.object({
      id: z.string(),
      seq: z.number().int(),
      createdAt: z.string(),
      actor: z.string(),
      action: z.string(),
      decision: z.string(),
      target: z.string().nullable(),
      reason: z.string().nullable(),
      scope: z.string().nullable(),
      resource: z.string().nullable(),
      grantId: z.string().nullable(),
      layer: z.string().nullable(),
      details: z.unknown(),
      prevHash: z.string().nullable(),
      hash: z.string(),
    }),
  ),
  // Pass it back as `before` for the next, older page; absent on the last page.
  nextBefore: z.number().int().optional(),
});

export const auditChainReplySchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  brokenAt: z.number().int().optional(),
  problem: z.string().optional(),
});
