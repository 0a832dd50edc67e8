import { createHash } from "node:crypto";
import { db } from "./client";
import { isForeignKeyViolation, isUniqueViolation } from "./errors";
import { accountThrottleKeys } from "./throttles";
import { soleOwnedWorkspaceIds } from "./workspaces";

const sessionUserSelect = { id: true, email: true, name: true, sessionVersion: true } as const;

/** The signed-in user with their goal settings, and whether this session was signed out. */
export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  sessionVersion: number;
  targetRoleSlug: string | null;
  goalDate: Date | null;
  goalReadiness: number;
  revoked: boolean;
}

/**
 * Read on every signed-in request, so it is one raw statement: a Prisma 6
 * model query spends about 0.3 ms compiling its plan, a raw one about 0.07 ms
 * (measured with the benchmark's profile).
 */
export async function findSessionUser(id: string, sessionId: string): Promise<SessionUser | null> {
  const rows = await db.$queryRaw<(Omit<SessionUser, "revoked"> & { revoked: bigint | number })[]>`
    SELECT u."id", u."email", u."name", u."sessionVersion", u."targetRoleSlug", u."goalDate", u."goalReadiness",
           EXISTS (SELECT 1 FROM "RevokedSession" r WHERE r."sessionId" = ${sessionId}) AS "revoked"
    FROM "User" u WHERE u."id" = ${id}`;
  const row = rows[0];
  return row ? { ...row, sessionVersion: Number(row.sessionVersion), revoked: Number(row.revoked) === 1 } : null;
}

// Client addresses are kept only as a hash: the account needs to recognise them, not to know them.
export const addressHash = (address: string) => createHash("sha256").update(address).digest("hex");

/** The account behind an email, and whether this client address has signed in to it before. */
export async function findUserForSignIn(email: string, address: string) {
  const user = await db.user.findUnique({
    where: { email },
    select: {
      ...sessionUserSelect,
      passwordHash: true,
      knownAddresses: { where: { addressHash: addressHash(address) }, select: { userId: true } },
    },
  });
  if (!user) return null;
  const { knownAddresses, ...account } = user;
  return { ...account, knownAddress: knownAddresses.length > 0 };
}

/** Remembers an address the owner has proved themself from (a sign-in, a password reset). */
export async function rememberSignInAddress(userId: string, address: string): Promise<void> {
  const key = { userId, addressHash: addressHash(address) };
  const lastSignInAt = new Date();
  await db.knownSignInAddress.upsert({ where: { userId_addressHash: key }, create: { ...key, lastSignInAt }, update: { lastSignInAt } });
}

export async function revokeSession(sessionId: string, userId: string, expiresAt: Date): Promise<void> {
  try {
    await db.$transaction([
      db.revokedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } }),
      db.revokedSession.upsert({ where: { sessionId }, create: { sessionId, userId, expiresAt }, update: {} }),
    ]);
  } catch (error) {
    // Deleting an account signs its browser out after the row is gone: its sessions died with it, so there is nothing to revoke.
    if (!isForeignKeyViolation(error)) throw error;
  }
}

/** Creates the account, or does nothing when the email is taken: the caller answers the same either way. */
export async function createUserUnlessExists(data: {
  email: string;
  name: string | null;
  passwordHash: string;
}): Promise<"created" | "exists"> {
  try {
    await db.user.create({ data, select: { id: true } });
    return "created";
  } catch (error) {
    if (isUniqueViolation(error)) return "exists";
    throw error;
  }
}

/**
 * The account an OAuth sign-in (whose provider vouched for the email) stands
 * for: the one already linked to this provider account, else the one with
 * this email, linked now only if its email was proved (a password reset or
 * an earlier OAuth sign-in set emailVerified), else a new account. Null when
 * an account with this email exists but its email was never proved: anyone
 * could have signed up with it, so it is not handed to the provider's user.
 */
export async function findOrCreateOAuthUser(profile: {
  email: string;
  name: string | null;
  provider: string;
  providerAccountId: string;
  type: string;
}) {
  const linked = await db.account.findUnique({
    where: { provider_providerAccountId: { provider: profile.provider, providerAccountId: profile.providerAccountId } },
    select: { user: { select: sessionUserSelect } },
  });
  if (linked) return linked.user;
  const existing = await db.user.findUnique({ where: { email: profile.email }, select: { ...sessionUserSelect, emailVerified: true } });
  const account = { provider: profile.provider, providerAccountId: profile.providerAccountId, type: profile.type };
  if (existing) {
    const { emailVerified, ...user } = existing;
    if (!emailVerified) return null;
    await db.account.create({ data: { ...account, userId: user.id } });
    return user;
  }
  return db.user.create({
    data: { email: profile.email, name: profile.name, emailVerified: new Date(), accounts: { create: account } },
    select: sessionUserSelect,
  });
}

export function getProfile(id: string) {
  return db.user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      createdAt: true,
      targetRoleSlug: true,
      goalDate: true,
      goalReadiness: true,
      passwordHash: true,
    },
  });
}

/** The profile fields the owner may change; a target role by its slug, null for none. */
export interface ProfileChanges {
  name?: string | null;
  targetRoleSlug?: string | null;
  goalDate?: Date | null;
  goalReadiness?: number;
}

/**
 * One UPDATE, no transaction. The target is written as its foreign key, not
 * as a relation `connect`/`disconnect`: Prisma runs those as a transaction
 * that reads before it writes, and under SQLite's deferred transactions such
 * a read cannot wait for a busy writer when it upgrades, so it fails at once
 * with SQLITE_BUSY. The caller has checked that the role exists.
 */
export async function updateProfile(id: string, changes: ProfileChanges): Promise<void> {
  await db.user.update({ where: { id }, data: changes, select: { id: true } });
}

/**
 * Ends every session of the user (tokens carry the version they were issued
 * under) and every reset link not yet used: one asked for by whoever had the
 * account before must not outlive a password change or a sign-out everywhere.
 */
export async function bumpSessionVersion(id: string, passwordHash?: string): Promise<void> {
  await db.$transaction([
    db.user.update({
      where: { id },
      data: { sessionVersion: { increment: 1 }, ...(passwordHash ? { passwordHash } : {}) },
      select: { id: true },
    }),
    db.passwordReset.updateMany({ where: { userId: id, usedAt: null }, data: { usedAt: new Date() } }),
  ]);
}

/**
 * Deletes the user and, by cascade, everything that belongs to them (their
 * workspace memberships too), with exactly their own throttle counters, and
 * every workspace they were the only owner of.
 */
export async function deleteUser(id: string, email: string): Promise<void> {
  const [throttleKeys, soleOwned] = await Promise.all([accountThrottleKeys(email, id), soleOwnedWorkspaceIds(id)]);
  await db.$transaction([
    db.rateLimiterFlexible.deleteMany({ where: { key: { in: throttleKeys } } }),
    db.workspace.deleteMany({ where: { id: { in: soleOwned } } }),
    db.user.delete({ where: { id }, select: { id: true } }),
  ]);
}
