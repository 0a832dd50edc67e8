import pg from "pg";
import { expect, test } from "vitest";
import { postgresServerUrl } from "../support/postgres";
import { GET as getHealth } from "@/app/api/health/route";
import { GET as getReady } from "@/app/api/ready/route";
import { db, engine } from "@/lib/db/client";

const request = (path: string) => new Request(`http://localhost${path}`);

test("GET /api/ready answers 200 on a database with every migration applied", async () => {
  const response = await getReady(request("/api/ready"), undefined);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: "ready" });
});

test("GET /api/ready answers 503 naming a migration the database lacks, while /api/health still answers 200", async () => {
  const [latest] = await db.$queryRaw<{ name: string }[]>`
    SELECT "migration_name" AS "name" FROM "_prisma_migrations" ORDER BY "migration_name" DESC LIMIT 1`;
  await db.$executeRaw`UPDATE "_prisma_migrations" SET "rolled_back_at" = "finished_at" WHERE "migration_name" = ${latest!.name}`;
  try {
    const response = await getReady(request("/api/ready"), undefined);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "not_ready", reason: `Migrations not applied: ${latest!.name}.` });
    expect((await getHealth(request("/api/health"), undefined)).status).toBe(200);
  } finally {
    await db.$executeRaw`UPDATE "_prisma_migrations" SET "rolled_back_at" = NULL WHERE "migration_name" = ${latest!.name}`;
  }
  expect((await getReady(request("/api/ready"), undefined)).status).toBe(200);
});

// The shared PostgreSQL server may not be stopped: the app's database is taken from under it instead (its
// connections ended and the database dropped), which is what the app sees of a server that went away.
test.runIf(engine === "postgres")("GET /api/ready answers 503 saying why when PostgreSQL stops answering", async () => {
  const name = new URL(process.env.DATABASE_URL!).pathname.slice(1);
  const admin = new pg.Client({ connectionString: postgresServerUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
  const response = await getReady(request("/api/ready"), undefined);
  expect(response.status).toBe(503);
  const body = (await response.json()) as { status: string; reason: string };
  expect(body.status).toBe("not_ready");
  expect(body.reason).toMatch(/^The database does not answer: .*does not exist/);
});
