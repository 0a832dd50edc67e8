import { PrismaClient as PostgresPrismaClient } from "./generated/postgres/index.js";
import { PrismaClient } from "@prisma/client";
import { env } from "../env";
import { databaseEngine } from "./database-url";
import { createPostgresAdapter } from "./postgres-adapter";
import { createSqliteAdapter } from "./sqlite-adapter";

export const engine = databaseEngine();

// Both generated clients come from one schema (prisma/postgres/schema.prisma
// is generated from prisma/schema.prisma), so the SQLite client's types
// describe the PostgreSQL client's models exactly.
function createClient(): PrismaClient {
  if (engine === "postgres") return new PostgresPrismaClient({ adapter: createPostgresAdapter() }) as unknown as PrismaClient;
  return new PrismaClient({ adapter: createSqliteAdapter() });
}

// One client per process: `next dev` reloads modules, so the instance is kept on globalThis.
const globalForPrisma = globalThis as unknown as { skillgapDb?: PrismaClient };

export const db: PrismaClient = globalForPrisma.skillgapDb ?? createClient();

if (env().NODE_ENV !== "production") globalForPrisma.skillgapDb = db;

// For types only at run time: each generated client has its own runtime, so
// an error from one is no instance of the other's classes (see errors.ts).
export { Prisma } from "@prisma/client";
