import { db, Prisma } from "./client";

const sessionUserSelect = { id: true, email: true, name: true, sessionVersion: true } as const;
export type SessionUser = Prisma.UserGetPayload<{ select: typeof sessionUserSelect }>;

export function findSessionUser(id: string): Promise<SessionUser | null> {
  return db.user.findUnique({ where: { id }, select: sessionUserSelect });
}

export function findUserForSignIn(email: string) {
  return db.user.findUnique({ where: { email }, select: { ...sessionUserSelect, passwordHash: true } });
}

export async function isSessionRevoked(sessionId: string): Promise<boolean> {
  return (await db.revokedSession.count({ where: { sessionId } })) > 0;
}

export async function revokeSession(sessionId: string, userId: string, expiresAt: Date): Promise<void> {
  await db.$transaction([
    db.revokedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } }),
    db.revokedSession.upsert({ where: { sessionId }, create: { sessionId, userId, expiresAt }, update: {} }),
  ]);
}

/** Creates the account, or does nothing when the email is taken: the caller answers the same either way. */
export async function createUserUnlessExists(data: { email: string; name: string | null; passwordHash: string }): Promise<"created" | "exists"> {
  try {
    await db.user.create({ data, select: { id: true } });
    return "created";
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return "exists";
    throw error;
  }
}

export async function findOrCreateOAuthUser(profile: { email: string; name: string | null; provider: string; providerAccountId: string; type: string }) {
  const linked = await db.account.findUnique({
    where: { provider_providerAccountId: { provider: profile.provider, providerAccountId: profile.providerAccountId } },
    select: { user: { select: sessionUserSelect } },
  });
  if (linked) return linked.user;
  const existing = await db.user.findUnique({ where: { email: profile.email }, select: sessionUserSelect });
  const account = { provider: profile.provider, providerAccountId: profile.providerAccountId, type: profile.type };
  if (existing) {
    await db.account.create({ data: { ...account, userId: existing.id } });
    return existing;
  }
  return db.user.create({
    data: { email: profile.email, name: profile.name, emailVerified: new Date(), accounts: { create: account } },
    select: sessionUserSelect,
  });
}

export function getProfile(id: string) {
  return db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, createdAt: true, targetRoleSlug: true, goalDate: true, goalReadiness: true, passwordHash: true },
  });
}

export async function updateProfile(id: string, data: Prisma.UserUpdateInput): Promise<void> {
  await db.user.update({ where: { id }, data, select: { id: true } });
}

/** Ends every session of the user: tokens carry the version they were issued under. */
export async function bumpSessionVersion(id: string, passwordHash?: string): Promise<void> {
  await db.user.update({ where: { id }, data: { sessionVersion: { increment: 1 }, ...(passwordHash ? { passwordHash } : {}) }, select: { id: true } });
}

/** Deletes the user and, by cascade, everything that belongs to them, with their sign-in counters. */
export async function deleteUser(id: string, email: string): Promise<void> {
  await db.$transaction([
    db.rateLimiterFlexible.deleteMany({ where: { key: { contains: email } } }),
    db.user.delete({ where: { id }, select: { id: true } }),
  ]);
}
