import { db, engine } from "./client";

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

type CompactSeriesRow = { assessmentId: string; at: string; readiness: number };

// The date as ISO 8601 text with its zone. SQLite stores that text already;
// Postgres's own text for a timestamp has no zone, which new Date() would read
// as local time, so it is formatted as UTC.
const compactSeriesStatements = {
  sqlite: (userId: string, roleSlug: string) => db.$queryRaw<CompactSeriesRow[]>`
    SELECT "assessmentId", CAST("createdAt" AS TEXT) AS "at", "readiness" FROM "RoleReadiness"
    WHERE "userId" = ${userId} AND "roleSlug" = ${roleSlug}
    ORDER BY "createdAt" ASC`,
  postgres: (userId: string, roleSlug: string) => db.$queryRaw<CompactSeriesRow[]>`
    SELECT "assessmentId", to_char("createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "at", "readiness" FROM "RoleReadiness"
    WHERE "userId" = ${userId} AND "roleSlug" = ${roleSlug}
    ORDER BY "createdAt" ASC`,
};

/**
 * The whole series in its most compact form, for a chart that down-samples
 * it: the date stays text, because turning a long history's every row into a
 * Date costs more than the few points a chart keeps.
 */
export function compactReadinessSeries(userId: string, roleSlug: string): Promise<CompactSeriesRow[]> {
  return compactSeriesStatements[engine](userId, roleSlug);
}
