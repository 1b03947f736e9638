import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { getDb } from '../db/client';
import { authOptions } from './next-auth-options';
import { ownerExists } from './owner';

/** The owner behind the session cookie, or null (no cookie, forged, expired, or account gone). */
export async function currentOwner(): Promise<{ id: string; email: string } | null> {
  const session = await getServerSession(authOptions());
  const email = session?.user?.email;
  if (!email) return null;
  const db = await getDb();
  return db.owner.findUnique({ where: { email }, select: { id: true, email: true } });
}

/**
 * For server-rendered pages: the signed-in owner, or a redirect to setup (no owner yet) or login.
 * The API has its own guard in lib/api/handler.ts; pages only render what that API allows.
 */
export async function requireOwnerPage(): Promise<{ id: string; email: string }> {
  if (!(await ownerExists())) redirect('/setup');
  const owner = await currentOwner();
  if (!owner) redirect('/login');
  return owner;
}
