import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { createPostgresDatabase, postgresServerUrl } from "../support/postgres";
import { attemptSignIn, Client, newUser, PASSWORD, signIn, signUp, randomEmail, type Reply } from "./support/api";
import { ratingsFor, type SentSave } from "./support/saves";
import { OwnServer, ownPort } from "./support/server";

/**
 * Two production servers on two ports, one PostgreSQL
 * database, one NEXTAUTH_SECRET (OwnServer gives both the e2e secret). Nothing
 * a user relies on may live in one server's memory.
 */
test.describe.configure({ mode: "serial" });
test.skip(!postgresServerUrl, "needs a PostgreSQL server: set TEST_DATABASE_URL_POSTGRES (npm test and .ci/run set it)");
test.skip(!/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? ""), "runs once, in npm test's PostgreSQL pass");

const CLIENTS = 20;
const SAVES_EACH = 10;
let database: Awaited<ReturnType<typeof createPostgresDatabase>>;
let sql: pg.Client;
let one: OwnServer;
let other: OwnServer;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  database = await createPostgresDatabase("two_servers");
  one = new OwnServer(ownPort(15), { databaseUrl: database.url, trustProxy: true });
  other = new OwnServer(ownPort(16), { databaseUrl: database.url, trustProxy: true });
  // Both start at once on the empty database: both migrate, both seed.
  await Promise.all([one.start(), other.start()]);
  sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
});

test.afterAll(async () => {
  await Promise.all([one?.kill(), other?.kill()]);
  await sql?.end();
  await database?.drop();
});

test("started together on an empty database, both serve one applied set of migrations and one framework", async () => {
  const { rows } = await sql.query(`SELECT "migration_name", "finished_at" IS NOT NULL AS "finished" FROM "_prisma_migrations"`);
  const names = rows.map((row) => row.migration_name as string);
  expect(new Set(names).size, `each migration once: ${names.join(", ")}`).toBe(names.length);
  expect(rows.every((row) => row.finished)).toBe(true);
  expect((await sql.query(`SELECT count(*)::int AS "count" FROM "FrameworkVersion"`)).rows[0].count).toBe(1);
  for (const server of [one, other]) expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
});

test("a session made on one server is accepted by the other", async () => {
  const { email, client } = await newUser(one.url, "two-servers");
  const onOther = new Client(other.url, client.cookie);
  const me = await onOther.send("GET", "/api/v1/me");
  expect(me.status, me.text).toBe(200);
  expect((me.json as { email: string }).email).toBe(email);
});

test("sign-out-everywhere on one server ends the sessions made on both", async () => {
  const { email, client: fromOne } = await newUser(one.url, "sign-out");
  const fromOther = await signIn(other.url, email);
  expect((await fromOther.send("GET", "/api/v1/me")).status).toBe(200);
  expect((await fromOne.send("POST", "/api/v1/me/sign-out-everywhere")).status).toBeLessThan(300);
  for (const [client, server] of [
    [fromOne, one],
    [fromOther, other],
    [fromOne, other],
    [fromOther, one],
  ] as const) {
    const reply = await new Client(server.url, client.cookie).send("GET", "/api/v1/me");
    expect(reply.status, `a signed-out session on ${server.port}`).toBe(401);
  }
});

test("the sign-in throttle counts wrong passwords sent to both servers", async () => {
  const { email } = await signUp(one.url, randomEmail("throttle"));
  // 10 failures per account and address per 15 minutes: 5 on each server spend the budget.
  for (let n = 0; n < 10; n++) {
    const attempt = await attemptSignIn(n % 2 ? other.url : one.url, email, `wrong guess ${n}`);
    expect(attempt.error, `attempt ${n + 1}`).not.toMatch(/Too many/);
  }
  for (const server of [one, other]) {
    const attempt = await attemptSignIn(server.url, email, PASSWORD);
    expect(attempt.cookie, `the right password on ${server.port} after 10 failures across both`).toBeNull();
    expect(attempt.error).toMatch(/^Too many failed sign-in attempts/);
  }
});

test("an idempotency key used on one server replays on the other", async () => {
  const { client } = await newUser(one.url, "idempotent");
  const key = `two-servers-${randomUUID()}`;
  const body = { json: { ratings: ratingsFor(1, 1), note: "once" }, headers: { "idempotency-key": key } };
  const first = await client.send("POST", "/api/v1/assessments", body);
  expect(first.status, first.text).toBe(201);
  const retry = await new Client(other.url, client.cookie).send("POST", "/api/v1/assessments", body);
  expect(retry.status, retry.text).toBe(201);
  expect(retry.headers.get("idempotent-replayed")).toBe("true");
  expect((retry.json as { id: string }).id).toBe((first.json as { id: string }).id);
  const history = await client.send("GET", "/api/v1/assessments");
  expect((history.json as { items: unknown[] }).items).toHaveLength(1);
});

test(`${CLIENTS} clients saving at once across both servers lose nothing`, async ({}, testInfo) => {
  test.setTimeout(180_000);
  const users = await Promise.all(
    Array.from({ length: CLIENTS }, (_, index) => newUser(index % 2 ? other.url : one.url, `across-${index}`)),
  );
  const userIds = await Promise.all(users.map(async ({ client }) => ((await client.send("GET", "/api/v1/me")).json as { id: string }).id));
  const started = Date.now();
  const outcomes = await Promise.all(
    users.map(async ({ client }, c) => {
      const results: { save: SentSave | null; reply: Reply; label: string }[] = [];
      for (let n = 0; n < SAVES_EACH; n++) {
        // Each client alternates servers; half the saves carry an idempotency key.
        const server = (c + n) % 2 ? other : one;
        const note = `client ${c}, save ${n}`;
        const headers: Record<string, string> = n % 2 ? { "idempotency-key": `across-${c}-${n}-${randomUUID()}` } : {};
        const reply = await new Client(server.url, client.cookie).send("POST", "/api/v1/assessments", {
          json: { ratings: ratingsFor(c, n), note },
          headers,
        });
        const save =
          reply.status === 201 ? { userId: userIds[c]!, note, ratings: ratingsFor(c, n), answer: reply.json as SentSave["answer"] } : null;
        results.push({ save, reply, label: `client ${c} save ${n} on ${server.port}` });
      }
      return results;
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  const all = outcomes.flat();
  expect(
    all.filter(({ reply }) => reply.status !== 201).map(({ label, reply }) => `${label}: ${reply.status} ${reply.text.slice(0, 200)}`),
  ).toEqual([]);
  const acknowledged = all.flatMap(({ save }) => (save ? [save] : []));

  const stored = await sql.query(
    `SELECT a."id", a."userId", a."note",
            (SELECT json_agg(json_build_object('skill', r."skillSlug", 'level', r."level") ORDER BY r."skillSlug") FROM "Rating" r WHERE r."assessmentId" = a."id") AS "ratings",
            (SELECT json_object_agg(x."roleSlug", x."readiness" ORDER BY x."roleSlug") FROM "RoleReadiness" x WHERE x."assessmentId" = a."id") AS "readiness"
     FROM "Assessment" a WHERE a."userId" = ANY($1)`,
    [userIds],
  );
  const byId = new Map(stored.rows.map((row) => [row.id as string, row]));
  const problems = acknowledged.flatMap((save) => {
    const row = byId.get(save.answer.id);
    if (!row) return [`${save.answer.id}: missing`];
    const expectedRatings = [...save.ratings].sort((a, b) => (a.skill < b.skill ? -1 : 1));
    return [
      ...(row.userId !== save.userId || row.note !== save.note ? [`${save.answer.id}: owner or note`] : []),
      ...(JSON.stringify(row.ratings) !== JSON.stringify(expectedRatings) ? [`${save.answer.id}: ratings`] : []),
      ...(JSON.stringify(row.readiness) !== JSON.stringify(Object.fromEntries(Object.entries(save.answer.readiness).sort()))
        ? [`${save.answer.id}: readiness`]
        : []),
    ];
  });
  expect(problems).toEqual([]);
  expect(stored.rows.length, "exactly the acknowledged saves are stored").toBe(acknowledged.length);
  expect(acknowledged).toHaveLength(CLIENTS * SAVES_EACH);
  testInfo.annotations.push({
    type: "figures",
    description: `${acknowledged.length} saves from ${CLIENTS} clients across 2 servers in ${seconds.toFixed(1)} s (${(acknowledged.length / seconds).toFixed(0)}/s); all stored whole`,
  });
  console.log(
    `two servers: ${acknowledged.length} saves, ${CLIENTS} clients, ${seconds.toFixed(1)} s, ${(acknowledged.length / seconds).toFixed(0)} saves/s`,
  );
});
