import { PrismaClient } from "@prisma/client";
import { env } from "@/lib/env";
import { createSqliteAdapter } from "./sqlite-adapter";

// One client per process: `next dev` reloads modules, so the instance is kept on globalThis.
const globalForPrisma = globalThis as unknown as { skillgapDb?: PrismaClient };

export const db: PrismaClient = globalForPrisma.skillgapDb ?? new PrismaClient({ adapter: createSqliteAdapter() });

if (env().NODE_ENV !== "production") globalForPrisma.skillgapDb = db;

export { Prisma } from "@prisma/client";
