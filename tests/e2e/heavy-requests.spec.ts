import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { newUser, type Client } from "./support/api";
import { OwnServer, ownPort } from "./support/server";
import { DEFAULT_FRAMEWORK, FRAMEWORK_VERSION } from "@/lib/domain/framework";

/**
 * The largest requests the API accepts, sent to a production server started
 * as `npm start` starts it (same heap ceiling): none of them may take it down
 * or stall everyone else. The answers to /api/health, probed throughout, are
 * counted (every probe must be answered); how fast they came is measured by
 * the bench, and only noted here.
 */
test.describe.configure({ mode: "default" });

const server = new OwnServer(ownPort(28));
const SKILLS = DEFAULT_FRAMEWORK.skills.map((skill) => skill.slug);

test.beforeAll(async () => {
  await server.start();
});
test.afterAll(async () => {
  await server.kill("SIGTERM");
});

const exportDocument = (parts: { assessments?: unknown[]; reviews?: unknown[] }) => ({
  format: "skillgap-export",
  version: 1,
  assessments: [],
  ...parts,
});

/** Probes /api/health every 20 ms until stopped: how many answered, how many failed, and the 95th percentile in ms. */
function probeHealth() {
  const times: number[] = [];
  let failed = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      try {
        const response = await fetch(`${server.url}/api/health`, { signal: AbortSignal.timeout(10_000) });
        if (response.ok) times.push(performance.now() - started);
        else failed += 1;
      } catch {
        failed += 1;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  return async () => {
    running = false;
    await loop;
    const sorted = times.toSorted((a, b) => a - b);
    return { answered: times.length, failed, p95: Math.round(sorted[Math.floor(sorted.length * 0.95)] ?? NaN) };
  };
}

async function importAs(client: Client, document: unknown, query = "") {
  return client.send("POST", `/api/v1/import${query}`, { json: document });
}

test("an import of 2,000 assessments with 45 wrong ratings each is answered with a short 400, and the server stays up", async ({}, testInfo) => {
  test.setTimeout(120_000);
  const { client } = await newUser(server.url, "bad-import");
  const document = exportDocument({
    assessments: Array.from({ length: 2_000 }, (_, index) => ({
      id: `wrong-${index}`,
      createdAt: new Date(Date.UTC(2025, 0, 1) + index * 60_000).toISOString(),
      frameworkVersion: FRAMEWORK_VERSION,
      ratings: Array.from({ length: 45 }, () => ({ skill: "x", level: 9 })),
    })),
  });
  expect(JSON.stringify(document).length).toBeLessThan(5 * 1024 * 1024);
  const stop = probeHealth();
  const [dryRun, real] = await Promise.all([importAs(client, document, "?dryRun=1"), importAs(client, document)]);
  const health = await stop();
  testInfo.annotations.push({
    type: "figures",
    description: `answers ${dryRun.text.length} and ${real.text.length} bytes; /api/health p95 ${health.p95} ms`,
  });
  for (const reply of [dryRun, real]) {
    expect(reply.status).toBe(400);
    expect(reply.text.length).toBeLessThan(16 * 1024);
  }
  expect(server.running).toBe(true);
  expect(health.failed).toBe(0);
  expect((await client.send("GET", "/api/v1/me")).status).toBe(200);
});

test("two imports at once of 5 MB that parse into millions of values (empty objects, ones) are refused, and the server stays up", async ({}, testInfo) => {
  test.setTimeout(120_000);
  const { client } = await newUser(server.url, "dense-import");
  const envelope = (list: string) => `{"format":"skillgap-export","version":1,"assessments":[],"shareLinks":[${list}]}`;
  const fill = (unit: string) => Array.from({ length: Math.floor((5 * 1024 * 1024 - 100) / (unit.length + 1)) }, () => unit).join(",");
  const bodies = [envelope(fill("{}")), envelope(fill("1"))];
  const stop = probeHealth();
  const replies = await Promise.all(
    bodies.map((body) => client.send("POST", "/api/v1/import", { body, headers: { "content-type": "application/json" } })),
  );
  const health = await stop();
  testInfo.annotations.push({ type: "figures", description: `/api/health p95 ${health.p95} ms` });
  for (const reply of replies) {
    expect(reply.status, reply.text.slice(0, 300)).toBe(400);
    expect((reply.json as { error: { fields: Record<string, string> } }).error.fields).toEqual({
      body: expect.stringMatching(/^The body holds more than [\d,]+ values/),
    });
  }
  expect(server.running).toBe(true);
  expect(health.failed).toBe(0);
});

test("bodies over 1 MB still arriving are limited to four at once: a fifth is refused unread with 503, and once they go, imports go through", async () => {
  const { client } = await newUser(server.url, "trickle");
  const size = 5 * 1024 * 1024 - 1;
  // Declared at 5 MB, sent 64 KB of it, and left hanging: what a slow or hostile client does.
  const trickling = Array.from({ length: 4 }, () => {
    const request = httpRequest(`${server.url}/api/v1/import`, {
      method: "POST",
      headers: { cookie: client.cookie, "content-type": "application/json", "content-length": String(size) },
    });
    request.on("error", () => {});
    request.write("x".repeat(64 * 1024));
    return request;
  });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const fifth = await client.send("POST", "/api/v1/import", {
    body: "x".repeat(2 * 1024 * 1024),
    headers: { "content-type": "application/json" },
  });
  expect(fifth.status).toBe(503);
  expect(fifth.headers.get("retry-after")).toBe("5");
  expect((fifth.json as { error: { code: string } }).error.code).toBe("server_busy");
  // Small bodies are not held up by them.
  expect((await client.send("POST", "/api/v1/assessments", { json: { ratings: [{ skill: "eda", level: 2 }] } })).status).toBe(201);

  for (const request of trickling) request.destroy();
  await expect
    .poll(async () => (await client.send("POST", "/api/v1/import?dryRun=1", { json: bigValidImport() })).status, { timeout: 10_000 })
    .toBe(200);
});

/** A valid import of 1,000 assessments of every skill: over 1 MB. */
function bigValidImport() {
  return exportDocument({
    assessments: Array.from({ length: 1_000 }, (_, index) => ({
      id: `big-${index}`,
      createdAt: new Date(Date.UTC(2024, 0, 1) + index * 600_000).toISOString(),
      frameworkVersion: FRAMEWORK_VERSION,
      ratings: SKILLS.map((skill) => ({ skill, level: index % 6, note: "Evidence from a project at work." })),
    })),
  });
}

test("two exports of an account at the 10,000-assessment cap, at once, while others are served: both complete, the server stays up", async ({}, testInfo) => {
  test.setTimeout(300_000);
  const { client } = await newUser(server.url, "full-account");
  // Every skill rated with a note in each: an export of about 27 MB, as heavy as a full account gets.
  for (let batch = 0; batch < 10; batch += 1) {
    const assessments = Array.from({ length: 1_000 }, (_, offset) => {
      const index = batch * 1_000 + offset;
      return {
        id: `full-${index}`,
        createdAt: new Date(Date.UTC(2024, 0, 1) + index * 600_000).toISOString(),
        frameworkVersion: FRAMEWORK_VERSION,
        note: `Assessment ${index}, with a note long enough to weigh something in the export.`,
        ratings: SKILLS.map((skill, position) => ({
          skill,
          level: (index + position) % 6,
          note: `Evidence for ${skill} in assessment ${index}: a project at work, a course, or a mentor's review.`,
        })),
      };
    });
    const reply = await importAs(client, exportDocument({ assessments }));
    expect(reply.status, reply.text.slice(0, 300)).toBe(200);
  }

  const stop = probeHealth();
  const started = performance.now();
  const [first, second] = await Promise.all([client.send("GET", "/api/v1/export"), client.send("GET", "/api/v1/export")]);
  const seconds = (performance.now() - started) / 1000;
  const health = await stop();
  testInfo.annotations.push({
    type: "figures",
    description: `two exports of ${(first.text.length / 1024 / 1024).toFixed(1)} MB in ${seconds.toFixed(1)} s; /api/health answered ${health.answered}, p95 ${health.p95} ms`,
  });
  expect(server.running).toBe(true);
  for (const reply of [first, second]) {
    expect(reply.status).toBe(200);
    const document = reply.json as { assessments: { id: string }[] };
    expect(document.assessments).toHaveLength(10_000);
    expect(document.assessments.at(-1)!.id).toBe("full-9999");
  }
  expect(health.failed).toBe(0);

  const csv = await client.send("GET", "/api/v1/export.csv");
  expect(csv.status).toBe(200);
  expect(csv.text.trimEnd().split("\r\n")).toHaveLength(1 + 10_000 * SKILLS.length);
});

test("an import of 1,000 answered reviews is written in slices: the server keeps answering, and the counts are reported", async ({}, testInfo) => {
  test.setTimeout(120_000);
  const { client } = await newUser(server.url, "many-reviews");
  const reviews = Array.from({ length: 1_000 }, (_, index) => ({
    id: `review-${index}`,
    reviewerName: `Mentor ${index}`,
    createdAt: "2025-01-01T00:00:00.000Z",
    expiresAt: "2025-01-15T00:00:00.000Z",
    answeredAt: "2025-01-02T00:00:00.000Z",
    ratings: SKILLS.map((skill) => ({ skill, level: 3, note: "Seen in review." })),
  }));
  const stop = probeHealth();
  const reply = await importAs(client, exportDocument({ reviews }));
  const health = await stop();
  testInfo.annotations.push({ type: "figures", description: `/api/health answered ${health.answered}, p95 ${health.p95} ms` });
  expect(reply.status, reply.text.slice(0, 300)).toBe(200);
  expect(reply.json).toEqual({ imported: 0, skipped: 0, reviewsImported: 1000, reviewsSkipped: 0, dryRun: false });
  expect(health.failed).toBe(0);
  expect(server.running).toBe(true);
});
