import { route } from '@/lib/auth/route';
import { principalLabel } from '@/lib/auth/principal';
import { type ContainerAction, changeContainerState } from '@/lib/containers/change-container-state';
import { containerNameParams } from '@/lib/containers/schemas';
import { containerSummarySchema } from '@/lib/containers/reply-schemas';

/**
 * POST /api/containers/:name/{start,stop,restart}: the same handler for each action. An agent grant
 * may restart (the owner-invoked rolling-restart skill); starting and stopping stay with the owner.
 */
export function actionRoute(action: ContainerAction) {
  const access = action === 'restart' ? { scope: 'containers:restart' as const } : ('owner' as const);
  return route({ output: containerSummarySchema, access, params: containerNameParams }, async ({ params, principal }) =>
    changeContainerState(params.name, action, principalLabel(principal)),
  );
}
