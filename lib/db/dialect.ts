import path from "node:path";
import { db, engine } from "./client";

/**
 * Every SQL text that differs between SQLite and PostgreSQL, and nothing
 * else: the rest of lib/db writes SQL both engines read alike, or Prisma's
 * own queries. tests/unit/dialect.test.ts fails when another file branches
 * on the engine.
 */

/** The PostgreSQL type a bulk-inserted column is cast to (SQLite takes JSON's values as they are). */
export type BulkColumnType = "text" | "integer" | "double precision" | "boolean" | "timestamp(3)";

const jsonRows = {
  sqlite: { source: "json_each(?)", value: (index: number) => `value->>${index}`, texts: "SELECT value FROM json_each(?)" },
  postgres: {
    source: "json_array_elements(CAST($1 AS json))",
    value: (index: number, type: BulkColumnType) => (type === "text" ? `value->>${index}` : `CAST(value->>${index} AS ${type})`),
    texts: "SELECT value FROM json_array_elements_text(CAST($1 AS json))",
  },
}[engine];

/** The rows of the one bound JSON parameter (an array of arrays), as a FROM source whose element is `value`. */
export const jsonRowsSource = jsonRows.source;

/** Column `index` of a jsonRowsSource row, typed for the column it goes into. */
export const jsonRowValue: (index: number, type: BulkColumnType) => string = jsonRows.value;

/** A subquery of the strings of the one bound JSON parameter (an array of strings). */
export const jsonTextListQuery = jsonRows.texts;

/** The migrations this checkout carries for the configured engine (scripts/prepare-db.mjs applies the same folder). */
export const migrationsFolder = path.join(process.cwd(), engine === "postgres" ? "prisma/postgres/migrations" : "prisma/migrations");

/** One role's readiness series as three JSON arrays (see readiness.ts for why one row). */
export type AggregatedSeriesRow = { assessmentIds: string; dates: string; readiness: string };

// SQLite aggregates the rows in the order its ordered subquery yields them,
// so the three arrays stay aligned; Postgres orders each aggregate. On both
// the id breaks ties between equal dates, and that order is the covering
// index's own, so SQLite reads the series from the index alone, unsorted.
// Dates are ISO 8601 text with their zone: SQLite stores that text, and
// Postgres's own text for a timestamp has none, so it is formatted as SQLite's.
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

/** One role's stored readiness series, aggregated by the database into one row. */
export const aggregatedReadinessSeries = seriesStatements[engine];
