import { db, engine } from "./client";

type SeriesRow = { assessmentId: string; createdAt: Date; readiness: number };

/**
 * One role's stored readiness over time, oldest first, the id breaking ties
 * between equal dates as the progress read does: a range scan of the
 * covering (userId, roleSlug, createdAt, assessmentId, readiness) index in
 * its own order.
 * Raw, because a model query costs Prisma 6 about 0.3 ms of plan compilation
 * per call on this hot path.
 */
export function readinessSeries(userId: string, roleSlug: string, since = new Date(0)) {
  return db.$queryRaw<SeriesRow[]>`
    SELECT "assessmentId", "createdAt", "readiness" FROM "RoleReadiness"
    WHERE "userId" = ${userId} AND "roleSlug" = ${roleSlug} AND "createdAt" >= ${since}
    ORDER BY "createdAt" ASC, "assessmentId" ASC`;
}

/**
 * One role's stored readiness over time, oldest first, as parallel lists: one
 * entry per assessment. Dates are text as SQLite stores them (see stored-date.ts).
 */
export type StoredReadinessSeries = { assessmentIds: string[]; dates: string[]; readiness: number[] };

type AggregatedSeriesRow = { assessmentIds: string; dates: string; readiness: string };

// The whole series comes back as one row of three JSON arrays: Prisma decodes
// each row of a result on its own, which for a long history cost more than
// the query. Dates are ISO 8601 text with their zone (SQLite stores that text;
// Postgres's own text for a timestamp has no zone, so it is formatted as
// SQLite's), and both databases write a double with the digits that read
// back exactly.
// SQLite aggregates the rows in the order its ordered subquery yields them,
// so the three arrays stay aligned; Postgres orders each aggregate. On both
// the id breaks ties between equal dates, and that order is the covering
// index's own, so SQLite reads the series from the index alone, unsorted.
const seriesStatements = {
  sqlite: (userId: string, roleSlug: string) => db.$queryRaw<AggregatedSeriesRow[]>`
    SELECT json_group_array("assessmentId") AS "assessmentIds", json_group_array("createdAt") AS "dates",
      json_group_array("readiness") AS "readiness"
    FROM (
      SELECT "assessmentId", "createdAt", "readiness" FROM "RoleReadiness"
      WHERE "userId" = ${userId} AND "roleSlug" = ${roleSlug}
      ORDER BY "createdAt" ASC, "assessmentId" ASC
    )`,
  postgres: (userId: string, roleSlug: string) => db.$queryRaw<AggregatedSeriesRow[]>`
    SELECT CAST(COALESCE(json_agg("assessmentId" ORDER BY "createdAt", "assessmentId"), '[]') AS TEXT) AS "assessmentIds",
      CAST(COALESCE(json_agg(to_char("createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"+00:00"') ORDER BY "createdAt", "assessmentId"), '[]') AS TEXT) AS "dates",
      CAST(COALESCE(json_agg("readiness" ORDER BY "createdAt", "assessmentId"), '[]') AS TEXT) AS "readiness"
    FROM "RoleReadiness"
    WHERE "userId" = ${userId} AND "roleSlug" = ${roleSlug}`,
};

/**
 * The whole series in its most compact form, for a chart that down-samples
 * it: dates stay text, because turning a long history's every row into a
 * Date costs more than the few points a chart keeps.
 */
export async function storedReadinessSeries(userId: string, roleSlug: string): Promise<StoredReadinessSeries> {
  const [row] = await seriesStatements[engine](userId, roleSlug);
  return {
    assessmentIds: JSON.parse(row!.assessmentIds) as string[],
    dates: JSON.parse(row!.dates) as string[],
    readiness: JSON.parse(row!.readiness) as number[],
  };
}
