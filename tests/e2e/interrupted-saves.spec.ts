import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { newUser, type Client } from "./support/api";
import { BUSY, incompleteAssessments, ratingsFor, saveProblems, type SentSave } from "./support/saves";
import { OwnServer, ownPort } from "./support/server";

/**
 * The server is killed with SIGKILL in the middle of a burst
 * of saves, then started again on the same database. The database passes
 * PRAGMA integrity_check, every save that was acknowledged is there and
 * complete, no assessment lacks its ratings or readiness rows, and a save
 * whose answer was lost can be retried with its idempotency key without
 * ending up twice.
 */
test.describe.configure({ mode: "default" });

const CLIENTS = 10;
const KILL_AFTER = 150;
const server = new OwnServer(ownPort(12), { trustProxy: true });

test.afterAll(async () => {
  await server.kill("SIGTERM");
});

interface Attempt {
  client: number;
  key: string;
  note: string;
  ratings: { skill: string; level: number }[];
  state: "sent" | "acknowledged" | "refused" | "lost";
  save?: SentSave;
}

test("SIGKILL in the middle of a burst of saves: nothing acknowledged is lost, nothing is half-written", async ({}, testInfo) => {
  test.setTimeout(180_000);
  await server.start();
  const run = randomUUID().slice(0, 8);
  const users = await Promise.all(Array.from({ length: CLIENTS }, (_, index) => newUser(server.url, `killed-${index}`)));
  const userIds = await Promise.all(users.map(async ({ client }) => ((await client.send("GET", "/api/v1/me")).json as { id: string }).id));

  const attempts: Attempt[] = [];
  let stop = false;
  const save = async (client: Client, attempt: Attempt) => {
    try {
      const reply = await client.send("POST", "/api/v1/assessments", {
        json: { ratings: attempt.ratings, note: attempt.note },
        headers: { "idempotency-key": attempt.key },
      });
      if (reply.status === 201) {
        attempt.state = "acknowledged";
        attempt.save = {
          userId: userIds[attempt.client]!,
          note: attempt.note,
          ratings: attempt.ratings,
          answer: reply.json as SentSave["answer"],
        };
      } else attempt.state = "refused";
      return reply;
    } catch {
      attempt.state = "lost"; // The connection died with the server: the save may or may not have been written.
      return null;
    }
  };
  const loops = users.map(async ({ client }, c) => {
    for (let n = 0; !stop; n++) {
      const attempt: Attempt = {
        client: c,
        key: `killed-${run}-${c}-${n}`,
        note: `client ${c}, save ${n}`,
        ratings: ratingsFor(c, n),
        state: "sent",
      };
      attempts.push(attempt);
      await save(client, attempt);
    }
  });

  const acknowledged = () => attempts.filter((attempt) => attempt.state === "acknowledged").length;
  const deadline = Date.now() + 60_000;
  while (acknowledged() < KILL_AFTER && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(acknowledged()).toBeGreaterThanOrEqual(KILL_AFTER);
  const inFlight = attempts.filter((attempt) => attempt.state === "sent").length;
  const killed = server.kill("SIGKILL"); // The signal goes at once; then no new saves start.
  stop = true;
  await killed;
  await Promise.all(loops);
  expect(
    attempts.filter((attempt) => attempt.state === "refused"),
    "saves refused before the kill",
  ).toEqual([]);
  const acked = attempts.filter((attempt) => attempt.state === "acknowledged");
  const lost = attempts.filter((attempt) => attempt.state === "lost");
  expect(inFlight, "the kill must land with saves in flight").toBeGreaterThan(0);

  await server.restart();
  const db = server.openDatabase();
  try {
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(db.pragma("foreign_key_check")).toEqual([]);
    const problems = acked.flatMap((attempt) => saveProblems(db, attempt.save!));
    expect(problems.slice(0, 20), `${problems.length} acknowledged saves missing or incomplete`).toEqual([]);
    expect(incompleteAssessments(db)).toEqual([]);

    // The restarted server serves every acknowledged save (the cookies still hold: same secret, same session version).
    const served = await Promise.all(
      acked.map(
        async (attempt) => (await users[attempt.client]!.client.send("GET", `/api/v1/assessments/${attempt.save!.answer.id}`)).status,
      ),
    );
    expect(served.filter((status) => status !== 200)).toEqual([]);

    // A save whose answer was lost is retried with its key: it lands exactly once.
    const written = db.prepare("SELECT count(*) FROM Assessment").pluck().get() as number;
    const retried = await Promise.all(lost.map((attempt) => save(users[attempt.client]!.client, attempt)));
    expect(retried.map((reply) => reply?.status)).toEqual(lost.map(() => 201));
    const replayed = retried.filter((reply) => reply!.headers.get("idempotent-replayed") === "true").length;
    const keys = db.prepare("SELECT key, count(*) AS n FROM IdempotencyKey GROUP BY key HAVING n > 1").all();
    expect(keys).toEqual([]);
    expect(db.prepare("SELECT count(*) FROM Assessment").pluck().get()).toBe(written + lost.length - replayed);
    expect(db.prepare("SELECT count(*) FROM Assessment").pluck().get()).toBe(acked.length + lost.length);
    expect(incompleteAssessments(db)).toEqual([]);

    const figures = `${acked.length} acknowledged saves checked after the SIGKILL and restart (${inFlight} in flight at the kill, ${lost.length} lost answers retried: ${replayed} had been written, ${lost.length - replayed} had not)`;
    testInfo.annotations.push({ type: "figures", description: figures });
    console.log(`interrupted saves: ${figures}`);
  } finally {
    db.close();
  }
  expect(server.stderr.match(BUSY)?.[0] ?? null).toBeNull();
});
