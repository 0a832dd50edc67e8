// Each integration test file gets a freshly migrated and seeded database of
// its own, copied from the run's migrated template (tests/support/migrated-template.ts):
// a SQLite file, or, in the PostgreSQL project (TEST_ENGINE=postgres), a new
// database on the TEST_DATABASE_URL_POSTGRES server, dropped afterwards.
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, inject } from "vitest";
import { createPostgresDatabase } from "./postgres";

const template = inject("migratedTemplate");
if (process.env.TEST_ENGINE === "postgres") {
  const database = await createPostgresDatabase("test", template);
  process.env.DATABASE_URL = database.url;
  afterAll(async () => {
    const { db } = await import("@/lib/db/client");
    await db.$disconnect();
    await database.drop();
  });
} else {
  const directory = mkdtempSync(path.join(tmpdir(), "skillgap-test-"));
  const file = path.join(directory, "test.db");
  copyFileSync(template, file);
  process.env.DATABASE_URL = `file:${file}`;
}
// The template holds the framework already: the seed, run as a server runs it at every start, finds it there.
const { seed } = await import("@/prisma/seed");
await seed();
