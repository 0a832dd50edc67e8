import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { env } from "../env";

export const DEFAULT_DATABASE_FILE = "./data/skillgap.db";

/** The SQLite file in use: DATABASE_URL (file:...) or the embedded default. */
export function sqliteFilePath(databaseUrl = env().DATABASE_URL): string {
  if (!databaseUrl) return path.resolve(DEFAULT_DATABASE_FILE);
  if (!databaseUrl.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a file: URL for SQLite or a postgresql:// URL, got "${databaseUrl.split(":")[0]}:..."`);
  }
  return path.resolve(databaseUrl.slice("file:".length));
}

// Per-connection settings. WAL lets readers run beside the one writer;
// NORMAL sync is safe under WAL (a power cut may lose the last commit, never corrupt).
const CONNECTION_PRAGMAS = [
  "PRAGMA journal_mode = WAL",
  "PRAGMA synchronous = NORMAL",
  "PRAGMA busy_timeout = 5000",
  "PRAGMA foreign_keys = ON",
].join(";\n");

/**
 * Only the server's user may read the database: its folder is created 0700
 * (the default ./data is made so even if an older version created it open),
 * and the file 0600. SQLite gives its -wal and -shm files the database
 * file's mode.
 */
function createPrivately(file: string): void {
  const folder = path.dirname(file);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  if (folder === path.resolve(path.dirname(DEFAULT_DATABASE_FILE))) chmodSync(folder, 0o700);
  if (!existsSync(file)) closeSync(openSync(file, "a", 0o600));
  for (const own of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(own)) chmodSync(own, 0o600);
}

/** Open for the life of the process, so its lock lasts as long (the OS releases it when the process ends, however). */
const inUseLocks = new Map<string, Database.Database>();

/**
 * Says, for as long as this process lives, that it uses the database: a read
 * transaction held open on a small file beside it (`<file>.in-use`) keeps a
 * shared lock that `npm run restore` (scripts/restore.mjs) tests for with an
 * exclusive one before it replaces the database. An idle SQLite connection
 * holds no lock on the database itself, so without this a restore could not
 * tell. Waits while a restore holds the file.
 */
function holdInUseLock(file: string): void {
  if (inUseLocks.has(file)) return;
  const lockFile = `${file}.in-use`;
  if (!existsSync(lockFile)) closeSync(openSync(lockFile, "a", 0o600));
  const lock = new Database(lockFile, { timeout: 120_000 });
  lock.exec("BEGIN");
  lock.prepare("SELECT count(*) FROM sqlite_master").get();
  inUseLocks.set(file, lock);
}

/**
 * Prisma's better-sqlite3 adapter factory, wrapped so every connection it
 * opens gets the pragmas above before its first query.
 */
export function createSqliteAdapter(databaseUrl?: string) {
  const file = sqliteFilePath(databaseUrl);
  createPrivately(file);
  holdInUseLock(file);
  const factory = new PrismaBetterSQLite3({ url: `file:${file}`, timeout: 5000 });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    await adapter.executeScript(CONNECTION_PRAGMAS);
    return adapter;
  };
  return factory;
}
