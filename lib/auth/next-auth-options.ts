import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { countRefusal } from '../audit/count-refusal';
import { recordAudit } from '../audit/record-audit';
import { log } from '../log';
import { clientIp } from './client-ip';
import { clearLoginAttempts, reserveLoginAttempt } from './login-throttle';
import { ensureOwnerFromEnv, verifyOwnerCredentials } from './owner';
import { credentialsSchema } from './schemas';
import { sessionSecret } from './session-secret';

const SESSION_MAX_AGE_SECONDS = 14 * 24 * 60 * 60;

export function authOptions(): NextAuthOptions {
  return {
    secret: sessionSecret(),
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: '/login', error: '/login' },
    // A forged or expired cookie is routine; one short line, not a stack trace per request.
    logger: {
      error: (code) => log.warn('session rejected', { code }),
      warn: (code) => log.debug('next-auth warning', { code }),
      debug: () => {},
    },
    providers: [
      CredentialsProvider({
        name: 'Owner',
        credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(credentials, req) {
          const parsed = credentialsSchema.safeParse(credentials ?? {});
          if (!parsed.success) throw new Error('Enter your email and password.');
          const { email, password } = parsed.data;
          const ip = clientIp(req?.headers ?? {});
          // The owner from BUDDY_OWNER_EMAIL can sign in through the API before any page was rendered.
          await ensureOwnerFromEnv();
          // Counted before the password is checked, so concurrent guesses cannot share one free slot.
          await reserveLoginAttempt(ip, email);
          const owner = await verifyOwnerCredentials(email, password);
          if (owner) await clearLoginAttempts(ip, email);
          if (!owner) {
            await countRefusal('sign-in-failed');
            throw new Error('Wrong email or password.');
          }
          await recordAudit({ actor: `owner:${owner.email}`, action: 'auth.sign-in' });
          return { id: owner.id, email: owner.email, name: owner.name };
        },
      }),
    ],
  };
}
