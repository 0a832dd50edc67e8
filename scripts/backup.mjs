// `npm run backup -- --to <file>`: a consistent copy of the live SQLite database, taken while servers keep serving.
//
// It goes through SQLite's online backup API (better-sqlite3's backup()), never a file copy: a copy of the database
// file taken during a write can tear, and misses what is still in the -wal file. The copy is made in one step, so it
// reads one snapshot from one read transaction; under WAL that blocks no writer, and a write that commits meanwhile
// is simply not in the backup. The result is a single self-contained file (journal mode DELETE), checked with
// PRAGMA integrity_check, written beside the target and renamed into place only when whole.
import { chmodSync, existsSync, renameSync, rmSync, statSync } from "node:fs";
import Database from "better-sqlite3";
import { describe, fileOption, refuseOnPostgres, sqliteFile } from "./sqlite-files.mjs";

const target = fileOption("backup", "to");
const source = sqliteFile();
if (!source) refuseOnPostgres("backup");
if (!existsSync(source)) {
  console.error(`backup: there is no database at ${source} (DATABASE_URL).`);
  process.exit(1);
}
if (existsSync(target)) {
  console.error(`backup: ${target} exists; choose a new file, a backup never overwrites one.`);
  process.exit(1);
}

const partial = `${target}.partial`;
rmSync(partial, { force: true });
const started = Date.now();
const live = new Database(source, { fileMustExist: true, timeout: 5000 });
try {
  // Every page in the second step (the first only opens the backup): one snapshot.
  await live.backup(partial, { progress: () => 0x7fffffff });
} catch (error) {
  rmSync(partial, { force: true });
  console.error(`backup: failed: ${error.message}`);
  process.exit(1);
} finally {
  live.close();
}

const copy = new Database(partial);
let summary;
try {
  copy.pragma("journal_mode = DELETE");
  const integrity = copy.pragma("integrity_check", { simple: true });
  if (integrity !== "ok") throw new Error(`the copy fails PRAGMA integrity_check: ${integrity}`);
  summary = describe(copy);
} catch (error) {
  copy.close();
  rmSync(partial, { force: true });
  console.error(`backup: ${error.message}`);
  process.exit(1);
}
copy.close();
chmodSync(partial, 0o600);
renameSync(partial, target);
const megabytes = (statSync(target).size / 1024 / 1024).toFixed(1);
console.log(`backup: ${source} -> ${target} (${megabytes} MB, ${summary}) in ${Date.now() - started} ms`);
