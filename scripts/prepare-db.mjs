// Applies the committed migrations to the configured database (SQLite under
// ./data by default, PostgreSQL when DATABASE_URL is postgres(ql)://) with
// Prisma's own `migrate deploy`. Idempotent: a database that is up to date is
// left as is, and a SQLite file that is up to date doesn't even start Prisma.
// Servers starting at once take turns: on PostgreSQL the engine
// holds an advisory lock while it migrates; on SQLite, which has none, an
// exclusive transaction on a lock file beside the database (released by the
// OS if the holder dies). The framework seed runs when the server starts
// (instrumentation.ts).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";

const LOCK_WAIT_MS = 120_000;
const ADVISORY_LOCK_TIMEOUT = "Timed out trying to acquire a postgres advisory lock";
// The key Prisma's schema engine locks while it migrates.
const PRISMA_MIGRATE_LOCK = 72707369;

function migrateDeploy() {
  const result = spawnSync(
    process.execPath,
    ["--import", "./scripts/unref-engine-timers.mjs", "node_modules/prisma/build/index.js", "migrate", "deploy"],
    { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8", env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" } },
  );
  return { ok: result.status === 0, stderr: result.stderr };
}

function fail(stderr) {
  process.stderr.write(stderr);
  console.error("skillgap: migrations failed; the database was left as it was before the migration named above.");
  process.exit(1);
}

/**
 * Each PostgreSQL migration runs as one transaction (lib/db/postgres-adapter.ts),
 * so one recorded as failed changed nothing: mark it rolled back, as
 * `prisma migrate resolve --rolled-back` would (that command needs a native
 * engine download), and deploy tries it again. Done under Prisma's own lock,
 * so no migration in progress on another server is touched.
 */
async function releaseFailedMigrations(connectionString) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK]);
    const { rows } = await client
      .query(
        `UPDATE "_prisma_migrations" SET "rolled_back_at" = now()
       WHERE "finished_at" IS NULL AND "rolled_back_at" IS NULL
       RETURNING "migration_name"`,
      )
      .catch((error) => (error.code === "42P01" ? { rows: [] } : Promise.reject(error)));
    for (const { migration_name } of rows)
      console.error(`skillgap: retrying migration ${migration_name}, which failed before and changed nothing`);
  } finally {
    await client.end();
  }
}

/**
 * True when the SQLite file has every committed migration applied, each with
 * the checksum Prisma records (the SHA-256 of its migration.sql), none failed
 * or unknown: `migrate deploy` would find nothing to do. Starting the Prisma
 * CLI to find that out costs more than a second and a half of CPU per start.
 */
function sqliteIsUpToDate(file) {
  if (!existsSync(file)) return false;
  const folder = "prisma/migrations";
  const committed = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map(
      ({ name }) =>
        `${name} ${createHash("sha256")
          .update(readFileSync(path.join(folder, name, "migration.sql")))
          .digest("hex")}`,
    )
    .sort();
  const database = new Database(file, { readonly: true });
  try {
    const hasTable = database.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!hasTable) return false;
    const applied = database
      .prepare("SELECT migration_name || ' ' || checksum AS entry, finished_at FROM _prisma_migrations WHERE rolled_back_at IS NULL")
      .all();
    return (
      applied.every(({ finished_at }) => finished_at !== null) &&
      JSON.stringify(applied.map(({ entry }) => entry).sort()) === JSON.stringify(committed)
    );
  } finally {
    database.close();
  }
}

const url = process.env.DATABASE_URL;
if (url && /^postgres(ql)?:\/\//.test(url)) {
  await releaseFailedMigrations(url);
  // The engine gives up waiting for another server's lock after 10 s: wait on.
  for (let started = Date.now(); ;) {
    const { ok, stderr } = migrateDeploy();
    if (ok) break;
    if (!stderr.includes(ADVISORY_LOCK_TIMEOUT) || Date.now() - started > LOCK_WAIT_MS) fail(stderr);
  }
} else {
  // The same file as lib/db/sqlite-adapter.ts: DATABASE_URL's file: path or the embedded default.
  const file = path.resolve(url?.startsWith("file:") ? url.slice("file:".length) : "data/skillgap.db");
  mkdirSync(path.dirname(file), { recursive: true });
  const lock = new Database(`${file}.migrate-lock`, { timeout: LOCK_WAIT_MS });
  lock.exec("BEGIN EXCLUSIVE");
  try {
    if (!sqliteIsUpToDate(file)) {
      const { ok, stderr } = migrateDeploy();
      if (!ok) fail(stderr);
    }
  } finally {
    lock.exec("COMMIT");
    lock.close();
  }
}
