import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { OwnServer, ownPort } from "./support/server";

/**
 * Two servers started at the same moment on one
 * database file must both end up serving, with the migrations applied once
 * and the framework seeded once, whether they race to migrate an empty file
 * or to seed a migrated one. (two-servers.spec.ts does the same on PostgreSQL.)
 */
test.describe.configure({ mode: "serial" });
test.skip(
  /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? ""),
  "SQLite's file lock; two-servers.spec.ts starts two servers at once on PostgreSQL",
);

const directory = mkdtempSync(path.join(tmpdir(), "skillgap-concurrent-start-"));
const databaseUrl = `file:${path.join(directory, "shared.db")}`;
const servers = [new OwnServer(ownPort(17), { databaseUrl }), new OwnServer(ownPort(18), { databaseUrl })];

test.afterAll(async () => {
  await Promise.all(servers.map((server) => server.kill()));
  rmSync(directory, { recursive: true, force: true });
});

function bookkeeping() {
  const database = new Database(servers[0]!.dbFile, { readonly: true });
  try {
    return {
      migrations: database.prepare(`SELECT migration_name AS name, finished_at IS NOT NULL AS finished FROM _prisma_migrations`).all() as {
        name: string;
        finished: number;
      }[],
      frameworks: (database.prepare(`SELECT count(*) AS count FROM FrameworkVersion`).get() as { count: number }).count,
      roles: (database.prepare(`SELECT count(*) AS count FROM Role`).get() as { count: number }).count,
    };
  } finally {
    database.close();
  }
}

async function everyServerAnswers() {
  for (const server of servers) {
    const reply = await fetch(`${server.url}/api/v1/roles`);
    expect(reply.status, `GET /api/v1/roles on ${server.port}`).toBe(200);
    expect(((await reply.json()) as { roles: unknown[] }).roles).toHaveLength(3);
  }
}

test("two servers started at once on an empty file: both serve, migrations applied once, framework seeded once", async () => {
  test.setTimeout(180_000);
  await Promise.all(servers.map((server) => server.start()));
  await everyServerAnswers();
  const { migrations, frameworks } = bookkeeping();
  expect(new Set(migrations.map((migration) => migration.name)).size).toBe(migrations.length);
  expect(migrations.every((migration) => migration.finished)).toBe(true);
  expect(frameworks).toBe(1);
});

test("two servers started at once on a migrated file with no framework yet: both seed, one wins, both serve", async () => {
  test.setTimeout(180_000);
  await Promise.all(servers.map((server) => server.kill()));
  const database = new Database(servers[0]!.dbFile);
  database.exec(`DELETE FROM RoleSkill; DELETE FROM Role; DELETE FROM Skill; DELETE FROM FrameworkVersion;`);
  database.close();
  await Promise.all(servers.map((server) => server.restart()));
  await everyServerAnswers();
  expect(bookkeeping()).toMatchObject({ frameworks: 1, roles: 3 });
});
