import { db } from "./client";

type SeriesRow = { assessmentId: string; createdAt: Date; readiness: number };

/**
 * One role's stored readiness over time, oldest first: a range scan of the
 * (userId, roleSlug, createdAt) index. Raw, because a model query costs
 * Prisma 6 about 0.3 ms of plan compilation per call on this hot path.
 */
export function readinessSeries(userId: string, roleSlug: string, since = new Date(0)) {
  return db.$queryRaw<SeriesRow[]>`
    SELECT "assessmentId", "createdAt", "readiness" FROM "RoleReadiness"
    WHERE "userId" = ${userId} AND "roleSlug" = ${roleSlug} AND "createdAt" >= ${since}
    ORDER BY "createdAt" ASC`;
}

/**
 * The whole series in its most compact form, for a chart that down-samples
 * it: the date stays the stored text, because turning a long history's every
 * row into a Date costs more than the few points a chart keeps.
 */
export function compactReadinessSeries(userId: string, roleSlug: string) {
  return db.$queryRaw<{ assessmentId: string; at: string; readiness: number }[]>`
    SELECT "assessmentId", CAST("createdAt" AS TEXT) AS "at", "readiness" FROM "RoleReadiness"
    WHERE "userId" = ${userId} AND "roleSlug" = ${roleSlug}
    ORDER BY "createdAt" ASC`;
}
