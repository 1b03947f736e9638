import { describe, expect, it } from 'vitest';
import { ConflictError } from '../api/errors';
import { getDb } from '../db/client';
import { resetEnvForTests } from '../env';
import { createOwner, ensureOwnerFromEnv, ownerExists, verifyOwnerCredentials } from './owner';

describe('owner account', () => {
  it('is created once, with a hashed password and an audit event', async () => {
    expect(await ownerExists()).toBe(false);
    const owner = await createOwner({ email: 'Me@Example.com', password: 'a long enough password' });
    expect(owner.email).toBe('me@example.com');
    const db = await getDb();
    const row = await db.owner.findUniqueOrThrow({ where: { id: owner.id } });
    expect(row.passwordHash).not.toContain('a long enough password');
    expect(await db.auditEvent.count({ where: { action: 'auth.owner-created' } })).toBe(1);
    await expect(createOwner({ email: 'other@example.com', password: 'another long password' })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(await db.owner.count()).toBe(1);
  });

  it('checks credentials case-insensitively by email, exactly by password', async () => {
    expect(await verifyOwnerCredentials('ME@example.com', 'a long enough password')).toMatchObject({
      email: 'me@example.com',
    });
    expect(await verifyOwnerCredentials('me@example.com', 'wrong password here')).toBeNull();
    expect(await verifyOwnerCredentials('nobody@example.com', 'a long enough password')).toBeNull();
  });

  it('rejects a short password and an invalid email with field errors', async () => {
    await expect(createOwner({ email: 'not-an-email', password: 'short' })).rejects.toMatchObject({
      issues: expect.arrayContaining([
        expect.objectContaining({ path: ['email'] }),
        expect.objectContaining({ path: ['password'] }),
      ]),
    });
  });

  it('ensureOwnerFromEnv does nothing when an owner exists', async () => {
    process.env.BUDDY_OWNER_EMAIL = 'env@example.com';
    process.env.BUDDY_OWNER_PASSWORD = 'from the environment';
    resetEnvForTests();
    await ensureOwnerFromEnv();
    const db = await getDb();
    expect(await db.owner.count()).toBe(1);
    delete process.env.BUDDY_OWNER_EMAIL;
    delete process.env.BUDDY_OWNER_PASSWORD;
    resetEnvForTests();
  });

  it('the owner from BUDDY_OWNER_EMAIL exists as soon as the dashboard asks, before any worker has started', async () => {
    const db = await getDb();
    await db.owner.deleteMany();
    process.env.BUDDY_OWNER_EMAIL = 'env@example.com';
    process.env.BUDDY_OWNER_PASSWORD = 'from the environment';
    resetEnvForTests();
    try {
      expect(await ownerExists()).toBe(true);
      expect(await verifyOwnerCredentials('env@example.com', 'from the environment')).toMatchObject({
        email: 'env@example.com',
      });
    } finally {
      delete process.env.BUDDY_OWNER_EMAIL;
      delete process.env.BUDDY_OWNER_PASSWORD;
      resetEnvForTests();
    }
  });
});
