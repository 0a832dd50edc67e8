import { db } from "./client";
import { addressHash } from "./users";

/** The account a reset is asked for, and whether its owner has signed in from this address. */
export async function findUserForPasswordReset(email: string, address: string) {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, knownAddresses: { where: { addressHash: addressHash(address) }, select: { userId: true } } },
  });
  return user && { id: user.id, email: user.email, knownAddress: user.knownAddresses.length > 0 };
}

export async function insertPasswordReset(reset: { tokenHash: string; userId: string; expiresAt: Date }): Promise<void> {
  await db.passwordReset.create({ data: reset, select: { tokenHash: true } });
}

/** A reset that can still be used now: unused and unexpired, with its account's email. */
export async function findUsablePasswordReset(tokenHash: string, now: Date) {
  const reset = await db.passwordReset.findFirst({
    where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
    select: { userId: true, user: { select: { email: true } } },
  });
  return reset ? { userId: reset.userId, email: reset.user.email } : null;
}

/**
 * Uses the token up and sets the new password, in one write-only transaction
 * (no read inside: under SQLite's deferred transactions a read before the
 * first write invites SQLITE_BUSY): every other outstanding token of the
 * account is used up too, the session version is bumped (every session
 * ends), and the email counts as verified from now if it was not (the link
 * reached it). False when the token was used or expired since it was looked
 * up, and then nothing changes: one link works once.
 */
export async function completePasswordReset(
  reset: { tokenHash: string; userId: string },
  now: Date,
  passwordHash: string,
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const claimed = await tx.passwordReset.updateMany({
      where: { tokenHash: reset.tokenHash, userId: reset.userId, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) return false;
    await tx.passwordReset.updateMany({ where: { userId: reset.userId, usedAt: null }, data: { usedAt: now } });
    await tx.user.update({ where: { id: reset.userId }, data: { passwordHash, sessionVersion: { increment: 1 } }, select: { id: true } });
    await tx.user.updateMany({ where: { id: reset.userId, emailVerified: null }, data: { emailVerified: now } });
    return true;
  });
}
