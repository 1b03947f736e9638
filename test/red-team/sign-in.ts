import { authOptions } from '../../lib/auth/next-auth-options';

type Authorize = (
  credentials: Record<string, string>,
  req: { headers: Record<string, string> },
) => Promise<{ email: string } | null>;

/**
 * next-auth's credentials callback as it runs for POST /api/auth/callback/credentials: the same
 * authorize() with the request's headers (next-auth's route needs Next's request scope, which
 * vitest does not have). Returns what the person would read on the login page.
 */
export async function signIn(email: string, password: string, headers: Record<string, string> = {}): Promise<string> {
  const provider = authOptions().providers[0] as unknown as { options: { authorize: Authorize } };
  try {
    const user = await provider.options.authorize({ email, password }, { headers });
    return user ? 'signed in' : 'refused';
  } catch (error) {
    return (error as Error).message;
  }
}
