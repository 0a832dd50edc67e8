import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
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
 * Prisma's better-sqlite3 adapter factory, wrapped so every connection it
 * opens gets the pragmas above before its first query.
 */
export function createSqliteAdapter(databaseUrl?: string) {
  const file = sqliteFilePath(databaseUrl);
  mkdirSync(path.dirname(file), { recursive: true });
  const factory = new PrismaBetterSQLite3({ url: `file:${file}`, timeout: 5000 });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    await adapter.executeScript(CONNECTION_PRAGMAS);
    return adapter;
  };
  return factory;
}
