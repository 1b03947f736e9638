import { z } from 'zod';

export const OUTCOMES = ['yes', 'no', 'ambiguous', 'annulled'] as const;

/** Refuses 0, 1, NaN and anything outside 0.01..0.99 with a message a person can act on. */
export const probabilitySchema = z
  .number({ error: 'Probability must be a number between 0.01 and 0.99.' })
  .refine((p) => Number.isFinite(p), 'Probability must be a finite number (NaN is not a probability).')
  .refine(
    (p) => p >= 0.01 && p <= 0.99,
    'Probability must be between 0.01 and 0.99: certainty (0 or 1) cannot be scored.',
  );

const tagSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9][a-z0-9 _.-]*$/, 'Tags use letters, digits, spaces, dots, dashes.');

export const createPredictionSchema = z.object({
  statement: z.string().trim().min(5, 'Say what you predict in at least 5 characters.').max(500),
  probability: probabilitySchema,
  deadline: z.coerce.date({ error: 'Deadline must be a date.' }),
  tags: z.array(tagSchema).max(10).default([]),
  source: z.string().trim().max(500).optional(),
  reason: z.string().trim().max(1000).default('Initial estimate'),
});
export type CreatePredictionInput = z.input<typeof createPredictionSchema>;

export const updatePredictionSchema = z.object({
  probability: probabilitySchema,
  reason: z.string().trim().min(3, 'Give a reason for the change (at least 3 characters).').max(1000),
});

export const resolvePredictionSchema = z.object({
  outcome: z.enum(OUTCOMES, { error: 'Outcome is yes, no, ambiguous or annulled.' }),
  note: z.string().trim().max(1000).optional(),
});

export const listPredictionsQuerySchema = z.object({
  tag: z.string().trim().toLowerCase().max(40).optional(),
  /** Only predictions resolved within this many days count towards scores and calibration. */
  windowDays: z.coerce.number().int().min(1).max(3650).optional(),
});

/** The state a person sees: "due" is an open prediction whose deadline has passed. */
export function displayState(p: { status: string; outcome: string | null; deadline: Date }, now = new Date()): string {
  if (p.status === 'open') return p.deadline.getTime() <= now.getTime() ? 'due' : 'open';
  if (p.status === 'resolved') return `resolved-${p.outcome}`;
  return p.status;
}

/** Prediction.tags as stored: a list of strings (anything else in it is ignored, as it always was). */
const storedTagsSchema = z
  .array(z.unknown())
  .catch([])
  .transform((tags) => tags.filter((t): t is string => typeof t === 'string'));

export const parseTags = (value: unknown): string[] => storedTagsSchema.parse(value);

/** A prediction row as the API sends it: its stored tags read as a list. */
export function withTags<T extends { tags: unknown }>(p: T): Omit<T, 'tags'> & { tags: string[] } {
  return { ...p, tags: parseTags(p.tags) };
}
