// What scripts/backup.mjs and scripts/restore.mjs share: which SQLite file DATABASE_URL names (as lib/db/sqlite-adapter.ts
// reads it), their arguments, and the migrations a database holds against those this checkout carries.
import { readdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

/** The SQLite file in use, or null on PostgreSQL. */
export function sqliteFile(url = process.env.DATABASE_URL) {
  if (url && /^postgres(ql)?:\/\//.test(url)) return null;
  return path.resolve(url?.startsWith("file:") ? url.slice("file:".length) : "data/skillgap.db");
}

/** The one option `--<name> <file>` of `npm run <script> -- --<name> <file>`, or exit with the usage. */
export function fileOption(script, name) {
  const usage = `usage: npm run ${script} -- --${name} <file>`;
  try {
    const { values } = parseArgs({ options: { [name]: { type: "string" } } });
    if (values[name]) return path.resolve(values[name]);
  } catch (error) {
    console.error(error.message);
  }
  console.error(usage);
  process.exit(2);
}

export function refuseOnPostgres(script) {
  console.error(
    `${script}: DATABASE_URL names a PostgreSQL database: back it up with pg_dump and restore it with pg_restore (docs/operations.md, "Backups").`,
  );
  process.exit(2);
}

/** The migrations the checkout carries, in order. */
export function committedMigrations() {
  return readdirSync("prisma/migrations", { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The migrations a database has applied (finished, not rolled back), in order; null when it has no migration table. */
export function appliedMigrations(database) {
  const table = database.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
  if (!table) return null;
  return database
    .prepare(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name",
    )
    .pluck()
    .all();
}

/** A line on what a database holds, for the operator. */
export function describe(database) {
  const count = (table) => database.prepare(`SELECT count(*) FROM "${table}"`).pluck().get();
  const applied = appliedMigrations(database) ?? [];
  return `${count("User")} users, ${count("Assessment")} assessments, migrations up to ${applied.at(-1) ?? "none"}`;
}
