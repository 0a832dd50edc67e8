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
 * The same series for a chart, at most `max` points: a longer history keeps
 * its first and last points and, in each of floor((max - 2) / 2) equal buckets
 * of the points between, the lowest and the highest (the earliest on a tie).
 * The overall extremes are therefore always kept. The database does the
 * picking, so a 1,000-assessment history sends no more rows to the server
 * than a 200-assessment one.
 */
export function downsampledReadinessSeries(userId: string, roleSlug: string, max: number) {
  const buckets = Math.floor((max - 2) / 2);
  // Numbers are bound as floating point: the casts keep the bucket arithmetic integer division.
  return db.$queryRaw<SeriesRow[]>`
    WITH series AS (
      SELECT "assessmentId", "createdAt", "readiness",
             ROW_NUMBER() OVER (ORDER BY "createdAt", "assessmentId") - 1 AS position,
             COUNT(*) OVER () AS total
      FROM "RoleReadiness" WHERE "userId" = ${userId} AND "roleSlug" = ${roleSlug}
    ), bucketed AS (
      SELECT *, CASE WHEN position = 0 OR position = total - 1 THEN -1
                     ELSE ((position - 1) * CAST(${buckets} AS INTEGER)) / (total - 2) END AS bucket
      FROM series
    ), ranked AS (
      SELECT *, ROW_NUMBER() OVER (PARTITION BY bucket ORDER BY "readiness" ASC, position) AS lowest,
                ROW_NUMBER() OVER (PARTITION BY bucket ORDER BY "readiness" DESC, position) AS highest
      FROM bucketed
    )
    SELECT "assessmentId", "createdAt", "readiness" FROM ranked
    WHERE total <= CAST(${max} AS INTEGER) OR bucket = -1 OR lowest = 1 OR highest = 1
    ORDER BY position`;
}
