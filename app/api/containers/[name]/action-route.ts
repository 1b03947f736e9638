import { route } from '@/lib/api/handler';
import { principalLabel } from '@/lib/auth/principal';
import { type ContainerAction, changeContainerState } from '@/lib/containers/change-container-state';
import { containerNameParams } from '@/lib/containers/schemas';

/** POST /api/containers/:name/{start,stop,restart}: the same handler for each action. */
export function actionRoute(action: ContainerAction) {
  return route({ params: containerNameParams }, async ({ params, principal }) => changeContainerState(params.name, action, principalLabel(principal)));
}
