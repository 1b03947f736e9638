import { z } from 'zod';
import { getDb } from '../db/client';
import type { CreateStagedItemInput } from '../staging/schemas';
import { probabilitySchema } from './cassandra/schemas';
import { latestDigestFact } from './sentinel/latest-digest';

const proposalSchema = z.object({
  predictionId: z.string(),
  probability: probabilitySchema,
  reason: z.string().trim().min(10).max(1000),
});

function extractJsonArray(text: string): unknown {
  const start = text.indexOf('[');
  const end = text.lastIndexOf(']');
  if (start < 0 || end < start) return [];
  try {
    return JSON.parse(text.slice(start, end + 1));
  } catch {
    return [];
  }
}

/**
 * The weekly prediction-updates job: asks a model which open predictions the week's news digest
 * and model changes should move, and stages each proposal for the owner. It never edits a
 * prediction; approving a proposal (applyPredictionUpdate) appends the update.
 */
export async function proposePredictionUpdates(ctx: {
  stage: (item: CreateStagedItemInput) => Promise<{ id: string }>;
  callModel?: (prompt: string, signal?: AbortSignal) => Promise<string>;
  signal?: AbortSignal;
}): Promise<{ proposed: number; reason?: string }> {
  const db = await getDb();
  const open = await db.prediction.findMany({
    where: { status: 'open' },
    select: { id: true, statement: true, probability: true, deadline: true },
  });
  if (open.length === 0) return { proposed: 0, reason: 'No open predictions to update.' };
  const digest = await latestDigestFact();
  const since = new Date(Date.now() - 7 * 86_400_000);
  const changes = await db.modelChange.findMany({
    where: { at: { gte: since }, kind: { not: 'added' } },
    orderBy: { at: 'desc' },
    take: 40,
    select: { modelId: true, kind: true, after: true },
  });
  const headlines = digest.state === 'missing' ? [] : digest.headlines;
  if (headlines.length === 0 && changes.length === 0)
    return { proposed: 0, reason: 'No news digest or model changes this week to weigh.' };
  if (!ctx.callModel) return { proposed: 0, reason: 'No model is configured to weigh the evidence.' };
  const prompt = [
    'You revise probability forecasts. Only propose a change when the evidence below bears on a prediction.',
    'Answer with a JSON array of {"predictionId", "probability" (0.01-0.99), "reason" (cite the evidence)}; [] when nothing changes.',
    '## Open predictions',
    ...open.map(
      (p) => `- ${p.id}: "${p.statement}" now ${p.probability}, deadline ${p.deadline.toISOString().slice(0, 10)}`,
    ),
    '## News digest headlines',
    ...headlines.map((h) => `- ${h}`),
    '## Model catalog changes (7 days)',
    ...changes.map((c) => `- ${c.modelId}: ${c.kind} ${c.after ?? ''}`),
  ].join('\n');
  const answer = await ctx.callModel(prompt, ctx.signal);
  const byId = new Map(open.map((p) => [p.id, p]));
  let proposed = 0;
  for (const raw of [extractJsonArray(answer)].flat()) {
    const parsed = proposalSchema.safeParse(raw);
    if (!parsed.success) continue;
    const prediction = byId.get(parsed.data.predictionId);
    if (!prediction || Math.abs(prediction.probability - parsed.data.probability) < 0.01) continue;
    await ctx.stage({
      kind: 'prediction-update',
      title: `Move "${prediction.statement.slice(0, 120)}" to ${Math.round(parsed.data.probability * 100)}%`,
      summary:
        `${Math.round(prediction.probability * 100)}% -> ${Math.round(parsed.data.probability * 100)}%: ${parsed.data.reason}`.slice(
          0,
          2000,
        ),
      body: parsed.data.reason,
      sourceJob: 'intelligence.prediction-updates',
      metadata: { predictionId: prediction.id, probability: parsed.data.probability, reason: parsed.data.reason },
    });
    byId.delete(prediction.id);
    proposed++;
  }
  return proposed ? { proposed } : { proposed: 0, reason: 'The model proposed no valid changes.' };
}
