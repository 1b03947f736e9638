import { z } from 'zod';

const tone = z.enum(['ok', 'warn', 'bad', 'neutral']);
const line = z.object({ text: z.string(), href: z.string().optional() });

/** Briefing.sections as stored: what the Today page shows, read once as it leaves the database. */
export const storedSectionsSchema = z.object({
  tone,
  sections: z.array(
    // Briefings written before lines carried links stored plain strings.
    z.object({ title: z.string(), tone, lines: z.array(z.union([line, z.string()])) }),
  ),
  prose: z.object({ text: z.string().nullable(), note: z.string().nullable() }).optional(),
  until: z.string().optional(),
});
