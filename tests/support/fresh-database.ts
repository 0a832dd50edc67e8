// Each integration test file gets a freshly migrated and seeded database of
// its own: a SQLite file, or, in the PostgreSQL project (TEST_ENGINE=postgres),
// a new database on the TEST_DATABASE_URL_POSTGRES server, dropped afterwards.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { createPostgresDatabase } from "./postgres";

if (process.env.TEST_ENGINE === "postgres") {
  const database = await createPostgresDatabase("test");
  process.env.DATABASE_URL = database.url;
  afterAll(async () => {
    const { db } = await import("@/lib/db/client");
    await db.$disconnect();
    await database.drop();
  });
} else {
  const directory = mkdtempSync(path.join(tmpdir(), "skillgap-test-"));
  process.env.DATABASE_URL = `file:${path.join(directory, "test.db")}`;
}
execFileSync(process.execPath, ["scripts/prepare-db.mjs"], { stdio: ["ignore", "ignore", "inherit"] });
const { seed } = await import("@/prisma/seed");
await seed();
