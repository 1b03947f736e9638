import { recordHeartbeat } from '../../lib/heartbeats/record-heartbeat';
import type { JobHandler } from '../define-handler';

export const heartbeat: JobHandler<'system.heartbeat'> = async () => recordHeartbeat();
