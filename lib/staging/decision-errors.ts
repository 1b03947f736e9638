import { ConflictError, NotFoundError } from '../api/errors';

type Decided = { id: string; status: string; decidedBy: string | null; decidedAt: Date | null };

export function notFound(id: string): NotFoundError {
  return new NotFoundError(`No staged item with id ${id}.`);
}

/** A clear 409 for acting on an item that someone (or something) already decided. */
export function alreadyDecided(item: Decided): ConflictError {
  const who = item.decidedBy ? ` by ${item.decidedBy}` : '';
  const when = item.decidedAt ? ` at ${item.decidedAt.toISOString()}` : '';
  return new ConflictError(`This item is already ${item.status}${who}${when}; only pending items can be decided.`);
}
