import { env } from "../env";

export type DatabaseEngine = "sqlite" | "postgres";

/**
 * The one switch between the engines: a postgres:// or postgresql:// URL runs
 * on PostgreSQL, anything else (unset, or file:) on the embedded SQLite.
 */
export function databaseEngine(databaseUrl = env().DATABASE_URL): DatabaseEngine {
  return databaseUrl && /^postgres(ql)?:\/\//.test(databaseUrl) ? "postgres" : "sqlite";
}
