import { route } from '@/lib/auth/route';
import { listSecrets } from '@/lib/secrets/list-secrets';

// Names and metadata only (lib/secrets/list-secrets.ts never decrypts), so an agent may read it with secrets:read.
export const GET = route({ access: { scope: 'secrets:read' } }, async () => listSecrets());
