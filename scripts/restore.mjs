// `npm run restore -- --from <file>`: puts a backup made by `npm run backup` back as the SQLite database DATABASE_URL
// names. Stop every server on that database first: it refuses while any process has it open (each holds a lock on
// `<database>.in-use` for its life, lib/db/sqlite-adapter.ts), and holds that lock itself while it works, so no server
// starts on a half-restored file. The backup must pass PRAGMA integrity_check and carry no migration this checkout
// lacks (it was made by a newer release: restore it with that release); one with fewer migrations is brought up to
// date by the next `npm start`. The database it replaces is kept beside it, renamed, never deleted.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { appliedMigrations, committedMigrations, describe, fileOption, refuseOnPostgres, sqliteFile } from "./sqlite-files.mjs";

const from = fileOption("restore", "from");
const target = sqliteFile();
if (!target) refuseOnPostgres("restore");

function refuse(message) {
  console.error(`restore: refused: ${message}`);
  process.exit(1);
}

if (!existsSync(from)) refuse(`there is no file ${from}.`);
if (path.resolve(from) === target) refuse(`${from} is the database itself.`);

// The backup, checked before anything is touched.
const backup = new Database(from, { readonly: true, fileMustExist: true });
let summary;
let pending;
try {
  const integrity = backup.pragma("integrity_check", { simple: true });
  if (integrity !== "ok") refuse(`${from} fails PRAGMA integrity_check: ${integrity}`);
  const applied = appliedMigrations(backup);
  if (!applied) refuse(`${from} is not a Skillgap database (it has no migration table).`);
  const committed = committedMigrations();
  const unknown = applied.filter((name) => !committed.includes(name));
  if (unknown.length > 0)
    refuse(`${from} was made by a newer release (migrations this checkout lacks: ${unknown.join(", ")}); restore it with that release.`);
  pending = committed.filter((name) => !applied.includes(name));
  summary = describe(backup);
} catch (error) {
  refuse(`${from} cannot be read as a SQLite database: ${error.message}`);
} finally {
  if (backup.open) backup.close();
}

mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
/** An exclusive lock on a lock file beside the database, or null when another process holds it. */
function exclusive(suffix) {
  const file = `${target}.${suffix}`;
  if (!existsSync(file)) closeSync(openSync(file, "a", 0o600));
  const lock = new Database(file, { timeout: 0 });
  try {
    lock.exec("BEGIN EXCLUSIVE");
    return lock;
  } catch (error) {
    lock.close();
    if (error.code === "SQLITE_BUSY") return null;
    throw error;
  }
}
// The lock every process using the database holds, then the one a starting server migrates under (scripts/prepare-db.mjs).
const inUse = exclusive("in-use");
if (!inUse) refuse(`a server (or another process) is using ${target}: stop every server on it first.`);
const migrating = exclusive("migrate-lock");
if (!migrating) refuse(`a server is migrating ${target}: stop every server on it first.`);

let kept = null;
if (existsSync(target)) {
  // Fold the write-ahead log into the file, so the renamed file is the whole database.
  const current = new Database(target, { fileMustExist: true });
  current.pragma("wal_checkpoint(TRUNCATE)");
  current.close();
  kept = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
  renameSync(target, kept);
  for (const suffix of ["-wal", "-shm"]) rmSync(`${target}${suffix}`, { force: true });
}
const partial = `${target}.restoring`;
rmSync(partial, { force: true });
const source = new Database(from, { readonly: true, fileMustExist: true });
await source.backup(partial);
source.close();
const restored = new Database(partial);
restored.pragma("journal_mode = WAL");
restored.close();
chmodSync(partial, 0o600);
renameSync(partial, target);
migrating.exec("COMMIT");
migrating.close();
inUse.exec("COMMIT");
inUse.close();

console.log(`restore: ${from} -> ${target} (${summary})`);
if (kept) console.log(`restore: the database it replaced is kept as ${kept}`);
if (pending.length > 0) console.log(`restore: the next npm start applies ${pending.length} newer migrations (${pending.join(", ")})`);
