import { ConflictError } from '../api/errors';
import { recordAudit } from '../audit/record-audit';
import { getDb } from '../db/client';
import { env } from '../env';
import { log } from '../log';
import { hashPassword, verifyPassword } from './password';
import { type SetupInput, setupSchema } from './schemas';

async function ownerRowExists(): Promise<boolean> {
  const db = await getDb();
  return (await db.owner.count()) > 0;
}

/**
 * Whether the owner account exists. The one from BUDDY_OWNER_EMAIL counts as soon as either process
 * asks: the dashboard may answer before the worker has started, and must not offer the setup page.
 */
export async function ownerExists(): Promise<boolean> {
  if (await ownerRowExists()) return true;
  await ensureOwnerFromEnv();
  return ownerRowExists();
}

/** Creates the one owner account. Refused once an owner exists, so setup cannot be replayed. */
export async function createOwner(input: SetupInput): Promise<{ id: string; email: string }> {
  const data = setupSchema.parse(input);
  const db = await getDb();
  const passwordHash = await hashPassword(data.password);
  const exists = () => new ConflictError('An owner account already exists. Sign in instead.');
  const owner = await db
    .$transaction(async (tx) => {
      if ((await tx.owner.count()) > 0) throw exists();
      return tx.owner.create({ data: { email: data.email, name: data.name || null, passwordHash } });
    })
    .catch((error: unknown) => {
      // Two setups racing both see no owner; the unique singleton column lets only one insert land.
      if ((error as { code?: string }).code === 'P2002') throw exists();
      throw error;
    });
  await recordAudit({ actor: `owner:${owner.email}`, action: 'auth.owner-created', target: owner.id });
  return { id: owner.id, email: owner.email };
}

export async function verifyOwnerCredentials(email: string, password: string) {
  const db = await getDb();
  const owner = await db.owner.findUnique({ where: { email: email.toLowerCase() } });
  // Hash even when the account is unknown, so response time does not reveal which emails exist.
  const ok = await verifyPassword(password, owner?.passwordHash ?? 'scrypt$32768$8$1$AAAA$AAAA');
  return owner && ok ? { id: owner.id, email: owner.email, name: owner.name } : null;
}

/** Non-interactive first run for containers: BUDDY_OWNER_EMAIL + BUDDY_OWNER_PASSWORD. */
export async function ensureOwnerFromEnv(): Promise<void> {
  const { BUDDY_OWNER_EMAIL: email, BUDDY_OWNER_PASSWORD: password } = env();
  if (!email || !password || (await ownerRowExists())) return;
  try {
    await createOwner({ email, password });
    log.info('owner account created from BUDDY_OWNER_EMAIL', { email });
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
  }
}
