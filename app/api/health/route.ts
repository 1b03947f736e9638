import { json } from '@/lib/api/handler';
import { checkHealth } from '@/lib/health/check-health';

export const dynamic = 'force-dynamic';

/** Liveness for people and orchestrators: 503 when the database or Redis is down. */
export async function GET() {
  const health = await checkHealth();
  return json(health, health.status === 'down' ? 503 : 200);
}
