import { db } from "./client";

/** Resolves when the database answers a trivial query. */
export async function pingDatabase(): Promise<void> {
  await db.$queryRaw`SELECT 1`;
}
