import { env } from '../env';
import type { ModelAlias } from './types';

/** Alias -> the real model id, configurable per deployment (BUDDY_MODEL_SONNET, ...). */
export function resolveModel(alias: ModelAlias): string {
  const e = env();
  return { sonnet: e.BUDDY_MODEL_SONNET, opus: e.BUDDY_MODEL_OPUS, haiku: e.BUDDY_MODEL_HAIKU }[alias];
}
