import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, expect, test } from "vitest";
import { postgresServerUrl } from "../support/postgres";
import { engine } from "@/lib/db/client";

/**
 * Issue 30, item 7: the PostgreSQL set-up of docs/operations.md ("PostgreSQL"),
 * as written there: a login role of its own, and a database it owns. On
 * PostgreSQL 15 and later the public schema no longer lets every role create
 * in it; the database's owner still may, which is all migrations need.
 */
const name = `skillgap_role_${randomBytes(4).toString("hex")}`;
const password = randomBytes(12).toString("hex");

async function asAdmin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresServerUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  if (engine !== "postgres") return;
  await asAdmin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await asAdmin(`DROP ROLE IF EXISTS "${name}"`);
});

test.runIf(engine === "postgres")("a role that owns its database, and nothing more, runs every migration", async () => {
  await asAdmin(`CREATE ROLE "${name}" LOGIN PASSWORD '${password}'`);
  await asAdmin(`CREATE DATABASE "${name}" OWNER "${name}"`);
  const url = new URL(postgresServerUrl!);
  url.username = name;
  url.password = password;
  url.pathname = `/${name}`;
  await promisify(execFile)(process.execPath, ["scripts/prepare-db.mjs"], { env: { ...process.env, DATABASE_URL: url.toString() } });
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL`);
    const { rows: owners } = await client.query(`SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'`);
    expect(rows[0].n).toBeGreaterThan(0);
    expect(owners).toEqual([{ tableowner: name }]);
  } finally {
    await client.end();
  }
});
