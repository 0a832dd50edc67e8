import { db } from "./client";
import { aggregatedReadinessSeries } from "./dialect";

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

// The whole series comes back as one row of three JSON arrays (lib/db/dialect.ts): Prisma decodes each row of a
// result on its own, which for a long history cost more than the query. Both databases write a double with the
// digits that read back exactly.

/**
 * The whole series in its most compact form, for a chart that down-samples
 * it: dates stay text, because turning a long history's every row into a
 * Date costs more than the few points a chart keeps.
 */
export async function storedReadinessSeries(userId: string, roleSlug: string): Promise<StoredReadinessSeries> {
  const [row] = await aggregatedReadinessSeries(userId, roleSlug);
  return {
    assessmentIds: JSON.parse(row!.assessmentIds) as string[],
    dates: JSON.parse(row!.dates) as string[],
    readiness: JSON.parse(row!.readiness) as number[],
  };
}
