import { route } from '@/lib/api/handler';
import { listSecrets } from '@/lib/secrets/list-secrets';

export const GET = route({}, async () => listSecrets());
