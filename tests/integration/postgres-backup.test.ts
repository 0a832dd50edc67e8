import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, expect, test } from "vitest";
import { allSkillsAt } from "../support/assessments";
import { createPostgresDatabase } from "../support/postgres";
import { createUser } from "../support/users";
import { engine } from "@/lib/db/client";
import { saveAssessment } from "@/lib/services/assessments";

/**
 * The pg_dump and pg_restore commands of
 * docs/operations.md ("Backups"), run against the test server, put every
 * assessment back with its frozen readiness and every migration record.
 */
const run = promisify(execFile);
const folder = mkdtempSync(path.join(tmpdir(), "skillgap-pg-backup-"));
const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(drops.map((drop) => drop()));
  rmSync(folder, { recursive: true, force: true });
});

async function rows(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

const ASSESSMENTS = `SELECT a."id", a."note", r."roleSlug", r."readiness" FROM "Assessment" a JOIN "RoleReadiness" r ON r."assessmentId" = a."id" ORDER BY 1, 3`;
const MIGRATIONS = `SELECT "migration_name", "checksum" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL ORDER BY 1`;

test.runIf(engine === "postgres")(
  "pg_dump --format=custom, then pg_restore into a new database, keeps every assessment and migration",
  async () => {
    const user = await createUser();
    for (let n = 0; n < 5; n++)
      await saveAssessment(user, { ratings: allSkillsAt(n).map(({ skill, level }) => ({ skill, level })), note: `save ${n}` });
    const source = process.env.DATABASE_URL!;
    const dump = path.join(folder, "skillgap.dump");
    await run("pg_dump", ["--format=custom", `--file=${dump}`, source]);

    const target = await createPostgresDatabase("restored");
    drops.push(target.drop);
    await run("pg_restore", ["--no-owner", "--exit-on-error", `--dbname=${target.url}`, dump]);

    const saved = await rows(source, ASSESSMENTS);
    expect(saved).toHaveLength(15);
    expect(await rows(target.url, ASSESSMENTS)).toEqual(saved);
    expect(await rows(target.url, MIGRATIONS)).toEqual(await rows(source, MIGRATIONS));
  },
);
