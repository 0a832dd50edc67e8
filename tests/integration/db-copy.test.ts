import { execFile } from "node:child_process";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, test } from "vitest";
import { allSkillsAt, recordAssessmentAt, WORKED_EXAMPLE } from "../support/assessments";
import { createPostgresDatabase, postgresServerUrl } from "../support/postgres";
import { createUser } from "../support/users";
import { insertAssessment } from "@/lib/db/assessments";
import { newAssessment } from "@/lib/domain/assessment";
import { db, engine } from "@/lib/db/client";
import { reserveSignInAttempt } from "@/lib/db/throttles";
import { revokeSession } from "@/lib/db/users";
import { DEFAULT_FRAMEWORK } from "@/lib/domain/framework";

type Row = Record<string, unknown>;

/** Every row of every table, timestamps as instants and booleans as 0 or 1, in a stable order: what a copy must keep. */
async function snapshotOf(read: (table: string) => Promise<Row[]> | Row[], timestampColumns: Map<string, Set<string>>) {
  const snapshot: Record<string, string[]> = {};
  for (const [table, timestamps] of timestampColumns) {
    const rows = await read(table);
    snapshot[table] = rows
      .map((row) =>
        JSON.stringify(
          Object.fromEntries(
            Object.entries(row)
              .sort(([a], [b]) => (a < b ? -1 : 1))
              .map(([column, value]) => [
                column,
                timestamps.has(column) && value !== null
                  ? new Date(value as string).toISOString()
                  : // SQLite keeps a boolean as 0 or 1; PostgreSQL answers true or false.
                    typeof value === "boolean"
                    ? Number(value)
                    : value,
              ]),
          ),
        ),
      )
      .sort();
  }
  return snapshot;
}

// The copy reads this file's SQLite database; a PostgreSQL server is needed to copy it to.
describe.skipIf(engine !== "sqlite" || !postgresServerUrl)("npm run db:copy, SQLite to PostgreSQL", () => {
  let target: Awaited<ReturnType<typeof createPostgresDatabase>> | undefined;
  afterAll(async () => target?.drop());

  test("copies every row of every table with its id, and refuses a database that is not empty", async () => {
    const [alice, bob] = [await createUser("Alice"), await createUser("Bob")];
    await db.user.update({
      where: { id: alice.id },
      data: { targetRoleSlug: "ml-engineer", goalDate: new Date("2027-03-01T00:00:00Z"), goalReadiness: 0.8 },
    });
    await recordAssessmentAt(alice.id, WORKED_EXAMPLE, new Date("2026-01-15T09:30:00.123Z"));
    await recordAssessmentAt(alice.id, allSkillsAt(3), new Date("2026-06-01T18:00:00Z"));
    await insertAssessment(
      newAssessment(DEFAULT_FRAMEWORK, bob.id, [{ skill: "statistics", level: 5, note: "a note; with 'quotes'" }], {
        note: "Bob's first",
        idempotencyKey: { key: "key-1", requestHash: "0".repeat(64) },
      }),
    );
    await revokeSession("session-1", bob.id, new Date("2027-01-01T00:00:00Z"));
    await reserveSignInAttempt(alice.email, "203.0.113.9", false);
    await db.account.create({ data: { userId: bob.id, type: "oauth", provider: "github", providerAccountId: "4242" } });

    target = await createPostgresDatabase("copy");
    const sourceUrl = process.env.DATABASE_URL!;
    const copy = () => promisify(execFile)(process.execPath, ["scripts/db-copy.mjs", "--from", sourceUrl, "--to", target!.url]);
    await copy();

    const postgres = new pg.Client({ connectionString: target.url });
    await postgres.connect();
    const sqlite = new Database(sourceUrl.slice("file:".length), { readonly: true });
    try {
      const { rows: columns } = await postgres.query(
        `SELECT table_name, column_name, data_type FROM information_schema.columns
         WHERE table_schema = current_schema() AND table_name <> '_prisma_migrations'`,
      );
      const timestampColumns = new Map<string, Set<string>>();
      for (const { table_name, column_name, data_type } of columns) {
        if (!timestampColumns.has(table_name)) timestampColumns.set(table_name, new Set());
        if (String(data_type).startsWith("timestamp")) timestampColumns.get(table_name)!.add(column_name);
      }
      const fromSqlite = await snapshotOf((table) => sqlite.prepare(`SELECT * FROM "${table}"`).all() as Row[], timestampColumns);
      // Timestamps hold UTC without a zone; JSON keeps them as text for new Date() to read as UTC.
      const fromPostgres = await snapshotOf(
        async (table) =>
          (await postgres.query(`SELECT row_to_json(t) AS "row" FROM "${table}" t`)).rows.map(({ row }) =>
            Object.fromEntries(
              Object.entries(row as Row).map(([column, value]) => [
                column,
                timestampColumns.get(table)!.has(column) && value !== null ? `${value}Z` : value,
              ]),
            ),
          ),
        timestampColumns,
      );
      expect(Object.keys(fromPostgres).length).toBeGreaterThanOrEqual(12);
      expect(fromPostgres).toEqual(fromSqlite);
      expect(fromPostgres.User).toHaveLength(2);
      expect(fromPostgres.Rating).toHaveLength(WORKED_EXAMPLE.length + DEFAULT_FRAMEWORK.skills.length + 1);
    } finally {
      await postgres.end();
      sqlite.close();
    }

    await expect(copy()).rejects.toThrow(/not empty/);
  }, 180_000);
});
