import { recordHeartbeat } from '../../lib/workers/record-heartbeat';
import type { JobHandler } from '../define-handler';

export const heartbeat: JobHandler<'system.heartbeat'> = async () => recordHeartbeat();
