import type { z } from 'zod';
import { ValidationError } from '../api/errors';
import type { StagedKind } from './schemas';

/** The approved item as an approval effect receives it, with its metadata checked by the kind's schema. */
export type DecidedItem<M> = {
  id: string;
  kind: string;
  title: string;
  summary: string;
  body: string;
  metadata: M;
  sourceJob: string | null;
  sourceRunId: string | null;
  createdBy: string;
  decidedBy: string;
};

/**
 * What a domain declares about a staged kind it owns. Staging stores every kind the same way and
 * knows no domain: the owning domain says what the metadata holds and what a decision does, and
 * lib/staged-kinds/ hands these declarations to staging's decisions (as the job catalog takes the
 * jobs other domains contribute). Kinds nobody declares are plain: approving writes their files.
 */
export type StagedKindHandler<M = unknown> = {
  kind: StagedKind;
  /** The item's metadata, checked when the item is decided (never trusted as stored). */
  metadata: z.ZodType<M>;
  /**
   * Checks the owner's choice before the item is claimed: a wrong choice is a 400 and the item stays
   * pending. What it returns is stored in the metadata as `resolution`, so the effect (and a recovery
   * that reruns it after a crash) reads the same choice.
   */
  checkApproval?: (metadata: M, choice: unknown) => Promise<unknown>;
  /** Runs after the item's files are written; it throws to mark the item `conflict` (files rolled back). */
  onApprove?: (item: DecidedItem<M>) => Promise<void>;
  /** Runs after the item is rejected. */
  onReject?: (item: { id: string }) => Promise<void>;
};

/** The declarations staging's decisions run with, by kind. */
export type StagedKinds = ReadonlyMap<StagedKind, StagedKindHandler>;

/** Keeps the metadata type of one declaration while letting lists of them mix types. */
export function defineStagedKind<M>(handler: StagedKindHandler<M>): StagedKindHandler {
  return handler as StagedKindHandler;
}

/** Indexes the declarations; a kind declared twice is a programming error, caught at load. */
export function indexStagedKinds(handlers: readonly StagedKindHandler[]): StagedKinds {
  const byKind = new Map<StagedKind, StagedKindHandler>();
  for (const handler of handlers) {
    if (byKind.has(handler.kind)) throw new Error(`Staged kind "${handler.kind}" is declared twice.`);
    byKind.set(handler.kind, handler);
  }
  return byKind;
}

/** The metadata checked by the kind's schema; the message names each field at fault. */
export function checkMetadata<M>(handler: StagedKindHandler<M>, raw: unknown): M {
  const parsed = handler.metadata.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`.trim()).join('; ');
  throw new ValidationError(`The ${handler.kind} item has invalid metadata: ${issues}`);
}

/** What an approval effect is called with, but the metadata and the approver. */
export type EffectItem = Omit<DecidedItem<unknown>, 'metadata' | 'decidedBy'>;

/**
 * The kind's approval effect bound to one item, or undefined for a plain kind. The metadata is
 * checked when the effect runs, after the files are written, so a bad one marks the item conflict
 * (files rolled back) with the reason, as any failing effect does.
 */
export function approvalEffect(
  handler: StagedKindHandler | undefined,
  item: EffectItem,
  actor: string,
  metadata: () => unknown,
): (() => Promise<void>) | undefined {
  const onApprove = handler?.onApprove;
  if (!handler || !onApprove) return undefined;
  return () => onApprove({ ...item, metadata: checkMetadata(handler, metadata()), decidedBy: actor });
}
