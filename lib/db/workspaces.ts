import { db } from "./client";

const workspaceSelect = { id: true, name: true, minGroupSize: true, createdAt: true, _count: { select: { memberships: true } } } as const;

export interface MembershipRow {
  role: string;
  sharing: string;
  workspace: { id: string; name: string; minGroupSize: number; createdAt: Date; _count: { memberships: number } };
}

/** Workspaces the user owns (the limit counts these). */
export function countOwnedWorkspaces(userId: string): Promise<number> {
  return db.workspaceMembership.count({ where: { userId, role: "owner" } });
}

/** A new workspace with its creator as its one owner, sharing nothing, in one statement. */
export function insertWorkspace(data: { name: string; minGroupSize: number; ownerId: string }) {
  return db.workspace.create({
    data: { name: data.name, minGroupSize: data.minGroupSize, memberships: { create: { userId: data.ownerId, role: "owner" } } },
    select: { id: true, name: true, minGroupSize: true },
  });
}

export function listMembershipsOf(userId: string): Promise<MembershipRow[]> {
  return db.workspaceMembership.findMany({
    where: { userId },
    orderBy: [{ workspace: { createdAt: "desc" } }, { workspaceId: "desc" }],
    select: { role: true, sharing: true, workspace: { select: workspaceSelect } },
  });
}

/** The user's membership of the workspace with the workspace itself; null when not a member (or no such workspace). */
export function findMembership(workspaceId: string, userId: string): Promise<MembershipRow | null> {
  return db.workspaceMembership.findUnique({
    where: { workspaceId_userId: { workspaceId, userId } },
    select: { role: true, sharing: true, workspace: { select: workspaceSelect } },
  });
}

export function listMembers(workspaceId: string) {
  return db.workspaceMembership.findMany({
    where: { workspaceId },
    orderBy: [{ joinedAt: "asc" }, { userId: "asc" }],
    select: { userId: true, role: true, sharing: true, joinedAt: true, user: { select: { name: true } } },
  });
}

export function countMembers(workspaceId: string): Promise<number> {
  return db.workspaceMembership.count({ where: { workspaceId } });
}

export async function updateWorkspace(id: string, data: { name?: string; minGroupSize?: number }): Promise<void> {
  await db.workspace.update({ where: { id }, data, select: { id: true } });
}

/** Memberships and invitations go with it (cascade); nothing of a member's own. */
export async function deleteWorkspace(id: string): Promise<void> {
  await db.workspace.deleteMany({ where: { id } });
}

export async function setSharing(workspaceId: string, userId: string, sharing: string): Promise<boolean> {
  const { count } = await db.workspaceMembership.updateMany({ where: { workspaceId, userId }, data: { sharing } });
  return count > 0;
}

/**
 * Changes a role or removes a membership, in a write-only transaction that
 * then counts the owners left and undoes the change when none is: two owners
 * demoting each other at once cannot leave the workspace without one.
 * "missing" when there was no such membership, "last_owner" when undone.
 */
export function changeMembership(
  workspaceId: string,
  userId: string,
  change: { role: string } | "remove",
): Promise<"done" | "missing" | "last_owner"> {
  return db
    .$transaction(async (tx) => {
      const where = { workspaceId, userId };
      const { count } =
        change === "remove"
          ? await tx.workspaceMembership.deleteMany({ where })
          : await tx.workspaceMembership.updateMany({ where, data: { role: change.role } });
      if (count === 0) return "missing" as const;
      if ((await tx.workspaceMembership.count({ where: { workspaceId, role: "owner" } })) === 0) throw new LastOwner();
      return "done" as const;
    })
    .catch((error: unknown) => {
      if (error instanceof LastOwner) return "last_owner" as const;
      throw error;
    });
}

class LastOwner extends Error {}

const invitationSelect = {
  id: true,
  role: true,
  createdAt: true,
  expiresAt: true,
  maxUses: true,
  uses: true,
  revokedAt: true,
} as const;

export function insertInvitation(data: { workspaceId: string; tokenHash: string; role: string; expiresAt: Date; maxUses: number | null }) {
  return db.workspaceInvitation.create({ data, select: invitationSelect });
}

export function listInvitations(workspaceId: string) {
  return db.workspaceInvitation.findMany({
    where: { workspaceId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: invitationSelect,
  });
}

/** Revoking keeps the row, so the link answers 410; false when the workspace has no such invitation. */
export async function revokeInvitation(workspaceId: string, id: string, now: Date): Promise<boolean> {
  const found = await db.workspaceInvitation.findFirst({ where: { id, workspaceId }, select: { revokedAt: true } });
  if (!found) return false;
  if (!found.revokedAt) await db.workspaceInvitation.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
  return true;
}

export function findInvitation(tokenHash: string) {
  return db.workspaceInvitation.findUnique({
    where: { tokenHash },
    select: { ...invitationSelect, workspaceId: true, workspace: { select: { name: true } } },
  });
}

/**
 * Takes one use of the invitation and adds the membership, in one write-only
 * transaction. The use is taken only if the count is still the one read
 * (compare and set), so parallel joins never exceed maxUses; false when it
 * moved or the link died meanwhile, and then nothing is written.
 */
export function joinThroughInvitation(
  invitation: { id: string; workspaceId: string; role: string; uses: number },
  userId: string,
  sharing: string,
  now: Date,
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.workspaceInvitation.updateMany({
      where: { id: invitation.id, uses: invitation.uses, revokedAt: null, expiresAt: { gt: now } },
      data: { uses: { increment: 1 } },
    });
    if (count !== 1) return false;
    await tx.workspaceMembership.create({
      data: { workspaceId: invitation.workspaceId, userId, role: invitation.role, sharing, joinedAt: now },
      select: { userId: true },
    });
    return true;
  });
}

/** Workspaces the user is the only owner of: deleting the account deletes them. */
export async function soleOwnedWorkspaceIds(userId: string): Promise<string[]> {
  const owned = await db.workspaceMembership.findMany({ where: { userId, role: "owner" }, select: { workspaceId: true } });
  if (owned.length === 0) return [];
  const owners = await db.workspaceMembership.groupBy({
    by: ["workspaceId"],
    where: { workspaceId: { in: owned.map((row) => row.workspaceId) }, role: "owner" },
    _count: { _all: true },
  });
  return owners.filter((row) => row._count._all === 1).map((row) => row.workspaceId);
}

/** The user's memberships for their export: their own side only, never other members. */
export function listMembershipsForExport(userId: string) {
  return db.workspaceMembership.findMany({
    where: { userId },
    orderBy: { joinedAt: "asc" },
    select: { workspaceId: true, role: true, sharing: true, joinedAt: true, workspace: { select: { name: true } } },
  });
}

/** Every member with what the cohort view may need of them; the service keeps only what each one's sharing allows. */
export function listCohort(workspaceId: string) {
  return db.workspaceMembership.findMany({
    where: { workspaceId },
    select: { userId: true, sharing: true, user: { select: { name: true, targetRoleSlug: true } } },
  });
}

// Users per statement: a (userId, createdAt) pair is two bound parameters, and Prisma holds SQLite to 999 a statement.
const CHUNK = 300;
function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let at = 0; at < items.length; at += CHUNK) result.push(items.slice(at, at + CHUNK));
  return result;
}

export interface LatestAssessment {
  userId: string;
  createdAt: Date;
  /** The readiness stored for the role when the assessment was saved; null if it has none for this role. */
  readiness: number | null;
  /** Levels by skill slug (never notes); empty unless asked for. */
  levels: Record<string, number>;
}

/**
 * Each user's latest assessment: its date, the readiness stored for the role
 * at save, and, for the users in `withLevels`, its levels. Two statements per
 * chunk of users: the latest date per user (from the (userId, createdAt)
 * index), then those assessments.
 */
export async function latestAssessmentsOf(userIds: readonly string[], roleSlug: string, withLevels: ReadonlySet<string>) {
  const result = new Map<string, LatestAssessment>();
  for (const chunk of chunks(userIds)) {
    const latest = await db.assessment.groupBy({ by: ["userId"], where: { userId: { in: chunk } }, _max: { createdAt: true } });
    if (latest.length === 0) continue;
    const rows = await db.assessment.findMany({
      where: { OR: latest.map((row) => ({ userId: row.userId, createdAt: row._max.createdAt! })) },
      orderBy: { id: "asc" },
      select: {
        userId: true,
        createdAt: true,
        readiness: { where: { roleSlug }, select: { readiness: true } },
        ratings: { select: { skillSlug: true, level: true } },
      },
    });
    // Two assessments saved in the same millisecond: the larger id is the later one, as everywhere else.
    for (const row of rows) {
      result.set(row.userId, {
        userId: row.userId,
        createdAt: row.createdAt,
        readiness: row.readiness[0]?.readiness ?? null,
        levels: withLevels.has(row.userId) ? Object.fromEntries(row.ratings.map((rating) => [rating.skillSlug, rating.level])) : {},
      });
    }
  }
  return result;
}

/**
 * The stored readiness readings of the users for one role since `since`, and
 * each user's last reading before it (the level they stood at when the
 * window opened). Never recomputed: these are the rows written at each save.
 */
export async function readinessReadings(userIds: readonly string[], roleSlug: string, since: Date) {
  const readings: { member: string; at: Date; readiness: number }[] = [];
  for (const chunk of chunks(userIds)) {
    const [inWindow, before] = await Promise.all([
      db.roleReadiness.findMany({
        where: { userId: { in: chunk }, roleSlug, createdAt: { gte: since } },
        select: { userId: true, createdAt: true, readiness: true },
      }),
      db.roleReadiness.groupBy({
        by: ["userId"],
        where: { userId: { in: chunk }, roleSlug, createdAt: { lt: since } },
        _max: { createdAt: true },
      }),
    ]);
    const opening =
      before.length === 0
        ? []
        : await db.roleReadiness.findMany({
            where: { roleSlug, OR: before.map((row) => ({ userId: row.userId, createdAt: row._max.createdAt! })) },
            select: { userId: true, createdAt: true, readiness: true },
          });
    for (const row of [...opening, ...inWindow]) readings.push({ member: row.userId, at: row.createdAt, readiness: row.readiness });
  }
  return readings;
}

/** Each user's latest answered mentor review: the reviewer's levels (never notes). */
export async function latestAnsweredReviews(userIds: readonly string[]): Promise<Map<string, Record<string, number>>> {
  const result = new Map<string, Record<string, number>>();
  for (const chunk of chunks(userIds)) {
    const rows = await db.review.findMany({
      where: { userId: { in: chunk }, answeredAt: { not: null } },
      orderBy: [{ answeredAt: "desc" }, { id: "desc" }],
      select: { userId: true, ratings: { select: { skillSlug: true, level: true } } },
    });
    for (const row of rows) {
      if (!result.has(row.userId))
        result.set(row.userId, Object.fromEntries(row.ratings.map((rating) => [rating.skillSlug, rating.level])));
    }
  }
  return result;
}
