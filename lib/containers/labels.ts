import { env } from '../env';

/** Buddy's containers carry these labels; compose services set them, the sandbox spec sets them. */
export const COMPONENT_LABEL = 'buddy.component';
export const SCOPE_LABEL = 'buddy.scope';
/** `buddy.audit.justify.<check-id>=<reason>` accepts a deliberate deviation, visibly. */
export const JUSTIFY_PREFIX = 'buddy.audit.justify.';

/** Label filters for the Docker API: every Buddy component, narrowed to one scope when configured. */
export function buddyLabelFilters(): string[] {
  const scope = env().BUDDY_DOCKER_SCOPE;
  return scope ? [COMPONENT_LABEL, `${SCOPE_LABEL}=${scope}`] : [COMPONENT_LABEL];
}

export function justifications(labels: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(labels ?? {})) {
    if (key.startsWith(JUSTIFY_PREFIX) && value.trim()) out[key.slice(JUSTIFY_PREFIX.length)] = value.trim();
  }
  return out;
}
