import { db, engine, sqlOf } from "./client";

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

type ChartSeriesRow = { assessmentId: string; at: string; readiness: number };

// The date as ISO 8601 text with its zone. SQLite stores that text already;
// Postgres's own text for a timestamp has no zone, which new Date() would read
// as local time, so it is formatted as UTC.
const DATE_AS_TEXT = {
  sqlite: `CAST("createdAt" AS TEXT)`,
  postgres: `to_char("createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
};

/**
 * One role's stored readiness, oldest first, down-sampled by the database to
 * at most `maxPoints` rows: a longer series keeps its first and last points
 * and, in each of (maxPoints - 2) / 2 equal-width buckets of the points in
 * between, the lowest and the highest (the earliest on a tie). The overall
 * extremes are therefore always kept and the chart keeps its shape, while a
 * long history costs no more rows to decode and send than a short one.
 */
export function chartReadinessSeries(userId: string, roleSlug: string, maxPoints: number): Promise<ChartSeriesRow[]> {
  const { sql, raw } = sqlOf;
  const buckets = Math.floor((maxPoints - 2) / 2);
  // Interior point j (0-based, position j + 1) of L lies in the bucket b with floor(b * L / buckets) <= j,
  // that is b = ((j + 1) * buckets - 1) / L in integer division; a point kept whole gets a bucket of its own.
  return db.$queryRaw<ChartSeriesRow[]>(sql`
    WITH "numbered" AS (
      SELECT "assessmentId", "createdAt", "readiness",
             ROW_NUMBER() OVER (ORDER BY "createdAt", "assessmentId") - 1 AS "position",
             COUNT(*) OVER () AS "total"
      FROM "RoleReadiness"
      WHERE "userId" = ${userId} AND "roleSlug" = ${roleSlug}
    ), "bucketed" AS (
      SELECT *, CASE WHEN "total" <= CAST(${maxPoints} AS INTEGER) OR "position" = 0 OR "position" = "total" - 1 THEN -1 - "position"
                     ELSE ("position" * CAST(${buckets} AS INTEGER) - 1) / ("total" - 2) END AS "bucket"
      FROM "numbered"
    ), "ranked" AS (
      SELECT *, ROW_NUMBER() OVER (PARTITION BY "bucket" ORDER BY "readiness", "position") AS "lowest",
                ROW_NUMBER() OVER (PARTITION BY "bucket" ORDER BY "readiness" DESC, "position") AS "highest"
      FROM "bucketed"
    )
    SELECT "assessmentId", ${raw(DATE_AS_TEXT[engine])} AS "at", "readiness" FROM "ranked"
    WHERE "lowest" = 1 OR "highest" = 1
    ORDER BY "position"`);
}
