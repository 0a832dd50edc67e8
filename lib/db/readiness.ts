import { db } from "./client";

/**
 * One role's stored readiness over time, oldest first: a range scan of the
 * (userId, roleSlug, createdAt) index. Raw, because a long history's rows are
 * decoded several times faster than through a model query, which keeps a
 * 1,000-assessment chart close to a 10-assessment one in cost.
 */
export function readinessSeries(userId: string, roleSlug: string, since = new Date(0)) {
  return db.$queryRaw<{ assessmentId: string; createdAt: Date; readiness: number }[]>`
    SELECT "assessmentId", "createdAt", "readiness" FROM "RoleReadiness"
    WHERE "userId" = ${userId} AND "roleSlug" = ${roleSlug} AND "createdAt" >= ${since}
    ORDER BY "createdAt" ASC`;
}
