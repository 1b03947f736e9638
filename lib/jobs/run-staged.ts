import { z } from 'zod';

/** JobRun.staged: the items a run staged, written when it ends (extra fields, such as the outcome, pass through). */
export const runStagedSchema = z.array(z.looseObject({ id: z.string(), kind: z.string(), title: z.string() }));
