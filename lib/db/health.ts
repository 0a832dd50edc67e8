import { readdirSync } from "node:fs";
import { db } from "./client";
import { migrationsFolder } from "./dialect";
export { poolConnections } from "./postgres-adapter";

/** Resolves when the database answers a trivial query. */
export async function pingDatabase(): Promise<void> {
  await db.$queryRaw`SELECT 1`;
}

/** The migrations this checkout carries for the configured engine. */
function committedMigrations(): string[] {
  return readdirSync(migrationsFolder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

let committed: string[] | undefined;

/**
 * The committed migrations the database has not applied (finished and not
 * rolled back), in order; empty when it is current. Migrations the database
 * has beyond this checkout's (a newer release ran on it) are not counted:
 * they only add tables and columns this code does not read.
 */
export async function pendingMigrations(): Promise<string[]> {
  committed ??= committedMigrations();
  const applied = await db.$queryRaw<{ name: string }[]>`
    SELECT "migration_name" AS "name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`;
  const done = new Set(applied.map((row) => row.name));
  return committed.filter((name) => !done.has(name));
}
