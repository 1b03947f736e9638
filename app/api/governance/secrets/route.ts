import { route } from '@/lib/auth/route';
import { secretsReplySchema } from '@/lib/secrets/reply-schemas';
import { listSecrets } from '@/lib/secrets/list-secrets';

// Names and metadata only (lib/secrets/list-secrets.ts never decrypts), so an agent may read it with secrets:read.
export const GET = route({ access: { scope: 'secrets:read' }, output: secretsReplySchema }, async () => listSecrets());
