import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { attemptSignIn, newUser, type Reply } from "./support/api";
import { BUSY, incompleteAssessments, ratingsFor, saveProblems, type SentSave } from "./support/saves";
import { OwnServer, ownPort } from "./support/server";

/**
 * 20 clients each save 50 assessments, all at once, through
 * the API of a production server on SQLite (a database of its own, so the
 * count is exact). Every 201 must have its rows, there must be exactly 1,000
 * assessments, and no request may fail on a busy or locked database.
 */
test.describe.configure({ mode: "default" });

const CLIENTS = 20;
const SAVES_EACH = 50;
const server = new OwnServer(ownPort(11), { trustProxy: true });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  await server.start();
});

test.afterAll(async () => {
  await server.kill("SIGTERM");
});

test(`${CLIENTS} clients x ${SAVES_EACH} saves at once: every 201 complete, exactly ${CLIENTS * SAVES_EACH} assessments, no busy database`, async ({}, testInfo) => {
  test.setTimeout(180_000);
  const run = randomUUID().slice(0, 8);
  const users = await Promise.all(Array.from({ length: CLIENTS }, (_, index) => newUser(server.url, `concurrent-${index}`)));
  const userIds = await Promise.all(users.map(async ({ client }) => ((await client.send("GET", "/api/v1/me")).json as { id: string }).id));

  // Meanwhile, pages that read (rendered with the server's other database connection)
  // and failing sign-ins (the throttle writes its counters) keep the database busy too.
  let saving = true;
  const background: string[] = [];
  const { email: target } = await newUser(server.url, "throttled");
  const readers = users.slice(0, 2).map(async ({ client }) => {
    while (saving)
      for (const path of ["/history", "/api/v1/assessments?limit=50"]) {
        const reply = await client.send("GET", path);
        if (reply.status !== 200) background.push(`GET ${path}: ${reply.status} ${reply.text.slice(0, 200)}`);
      }
  });
  const guesser = (async () => {
    for (let n = 0; saving; n++) {
      const attempt = await attemptSignIn(server.url, target, `wrong ${n}`);
      if (!/incorrect|Too many/.test(attempt.error ?? "")) background.push(`sign-in: ${attempt.status} ${attempt.error}`);
    }
  })();

  const started = Date.now();
  const outcomes = await Promise.all(
    users.map(async ({ client }, c) => {
      const results: { save: SentSave | null; reply: Reply; label: string }[] = [];
      for (let n = 0; n < SAVES_EACH; n++) {
        const ratings = ratingsFor(c, n);
        const note = `client ${c}, save ${n}`;
        // Half the saves carry an idempotency key: that path writes in an explicit transaction.
        const headers: Record<string, string> = n % 2 ? { "idempotency-key": `concurrent-${run}-${c}-${n}` } : {};
        const reply = await client.send("POST", "/api/v1/assessments", { json: { ratings, note }, headers });
        const save = reply.status === 201 ? { userId: userIds[c]!, note, ratings, answer: reply.json as SentSave["answer"] } : null;
        results.push({ save, reply, label: `client ${c} save ${n}` });
      }
      return results;
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  saving = false;
  await Promise.all([...readers, guesser]);
  const all = outcomes.flat();
  expect(background, "reads and sign-ins during the burst").toEqual([]);

  const failures = all
    .filter(({ reply }) => reply.status !== 201)
    .map(({ reply, label }) => `${label}: ${reply.status} ${reply.text.slice(0, 200)}`);
  expect(failures, "every save answered 201").toEqual([]);
  expect(
    all.filter(({ reply }) => BUSY.test(reply.text)).map(({ label }) => label),
    "answers mentioning a busy or locked database",
  ).toEqual([]);
  expect(server.stderr.match(BUSY)?.[0] ?? null, `the server logged contention:\n${server.stderr.slice(-2000)}`).toBeNull();

  const db = server.openDatabase();
  try {
    expect(db.prepare("SELECT count(*) FROM Assessment").pluck().get()).toBe(CLIENTS * SAVES_EACH);
    const ids = new Set(all.map(({ save }) => save!.answer.id));
    expect(ids.size).toBe(CLIENTS * SAVES_EACH);
    const problems = all.flatMap(({ save }) => saveProblems(db, save!));
    expect(problems.slice(0, 20), `${problems.length} saves incomplete or wrong`).toEqual([]);
    expect(incompleteAssessments(db)).toEqual([]);
    const perUser = db.prepare("SELECT userId, count(*) AS n FROM Assessment GROUP BY userId").all() as { userId: string; n: number }[];
    expect(perUser.map(({ n }) => n)).toEqual(Array(CLIENTS).fill(SAVES_EACH));
    expect(db.prepare("SELECT count(*) FROM IdempotencyKey").pluck().get()).toBe((CLIENTS * SAVES_EACH) / 2);
  } finally {
    db.close();
  }
  const figures = `${all.length} saves by ${CLIENTS} clients in ${seconds.toFixed(1)} s, all 201 and complete`;
  testInfo.annotations.push({ type: "figures", description: figures });
  console.log(`concurrent saves: ${figures}`);
});
