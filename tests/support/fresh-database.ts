// Each integration test file gets a freshly migrated and seeded database of
// its own, copied from the run's migrated template (tests/support/migrated-template.ts):
// a SQLite file in a folder of its own, or, in the PostgreSQL project
// (TEST_ENGINE=postgres), a new database on the TEST_DATABASE_URL_POSTGRES
// server; either is deleted when the file's tests end.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, inject, vi } from "vitest";
import { releaseDbClient } from "./db-client";
import { createPostgresDatabase } from "./postgres";

// Test files run one after another in a worker that keeps its modules (isolate: false, vitest.config.ts): each file
// starts from a fresh graph of the app's own modules, so that the environment and every module-level cache are made
// again, and with no db client, so that its own connects to this file's database. The last file released its client
// when it ended, unless all its tests were skipped: Vitest then runs none of its afterAll hooks.
vi.resetModules();
await releaseDbClient();

const template = inject("migratedTemplate");
let deleteDatabase = async () => {};
if (process.env.TEST_ENGINE === "postgres") {
  const database = await createPostgresDatabase("test", template);
  process.env.DATABASE_URL = database.url;
  deleteDatabase = database.drop;
} else {
  // Inside the template's folder, which the run's global teardown deletes: a file whose tests are all skipped runs no
  // afterAll, and its copy would otherwise stay behind.
  const directory = mkdtempSync(path.join(path.dirname(template), "test-file-"));
  const file = path.join(directory, "test.db");
  copyFileSync(template, file);
  process.env.DATABASE_URL = `file:${file}`;
  deleteDatabase = async () => rmSync(directory, { recursive: true, force: true });
}
afterAll(async () => {
  await releaseDbClient();
  await deleteDatabase();
});
// The template holds the framework already: the seed, run as a server runs it at every start, finds it there.
const { seed } = await import("@/prisma/seed");
await seed();
