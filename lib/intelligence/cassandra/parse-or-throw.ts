import type { z } from 'zod';
import { ValidationError } from '../../api/errors';
import { zodFieldErrors } from '../../api/problem';

/** Use cases validate their own input too (jobs call them without the API wrapper). */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const fieldErrors = zodFieldErrors(result.error);
    const first = Object.values(fieldErrors)[0]?.[0];
    throw new ValidationError(first ?? 'Some fields are invalid.', fieldErrors);
  }
  return result.data;
}
