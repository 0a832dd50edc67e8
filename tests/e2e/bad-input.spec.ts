import assert from "node:assert/strict";
import { expect, test } from "@playwright/test";
import fc from "fast-check";
import type Database from "better-sqlite3";
import { Client, errorShapeProblem, newUser, PASSWORD, type Reply } from "./support/api";
import {
  badIdempotencyKey,
  bodyCases,
  celebratedRoute,
  changePasswordRoute,
  changeRoleRoute,
  createInvitationRoute,
  createWorkspaceRoute,
  confirmPasswordResetRoute,
  createReviewRoute,
  createShareRoute,
  deleteMeRoute,
  idPathCases,
  importRoute,
  listQueryCases,
  planRoute,
  reminderFeedQueryCases,
  remindersRoute,
  roleDraftRoute,
  requestPasswordResetRoute,
  progressQueryCases,
  reviewResponseRoute,
  saveAssessmentRoute,
  sharingRoute,
  signUpRoute,
  toJson,
  updateMeRoute,
  updateWorkspaceRoute,
  type Case,
} from "./support/bad-input";
import { discoveredEndpoints } from "./support/routes";
import { OwnServer, ownPort, rowCounts } from "./support/server";

/**
 * Generated bad requests against every /api/v1 route that
 * takes input, on a production server with a database of its own. For each
 * request: never a 5xx; a refusal has the documented error shape and names
 * the field at fault; and a refused request wrote nothing (the row count of
 * every table, and SQLite's data_version, which moves on any commit).
 *
 * FC_SEED=<n> replays a run; fast-check prints the seed of a failing one.
 */
test.describe.configure({ mode: "default" });

const server = new OwnServer(ownPort(10));
let db: Database.Database;
let user: Client;
let email: string;
let ownAssessmentId: string;
let reviewToken: string;
/** The fuzz user's own workspace, and an invitation to another user's. */
let workspaceId: string;
let joinToken: string;
const sent = new Map<string, number>();

test.beforeAll(async () => {
  test.setTimeout(120_000);
  await server.start();
  db = server.openDatabase();
  ({ client: user, email } = await newUser(server.url, "fuzz"));
  for (const level of [1, 3]) {
    const saved = await user.send("POST", "/api/v1/assessments", {
      json: {
        ratings: [
          { skill: "eda", level },
          { skill: "cloud", level: 5 - level },
        ],
      },
    });
    expect(saved.status, saved.text).toBe(201);
    ownAssessmentId = (saved.json as { id: string }).id;
  }
  const invited = await user.send("POST", "/api/v1/reviews", { json: { reviewerName: "Fuzz Reviewer" } });
  expect(invited.status, invited.text).toBe(201);
  reviewToken = (invited.json as { url: string }).url.split("/review/")[1]!;
  const workspace = await user.send("POST", "/api/v1/workspaces", { json: { name: "Fuzz cohort" } });
  expect(workspace.status, workspace.text).toBe(201);
  workspaceId = (workspace.json as { id: string }).id;
  const { client: host } = await newUser(server.url, "fuzz-host");
  const hosted = await host.send("POST", "/api/v1/workspaces", { json: { name: "Host cohort" } });
  const invitation = await host.send("POST", `/api/v1/workspaces/${(hosted.json as { id: string }).id}/invitations`, {
    json: { role: "member", expiresInDays: 7 },
  });
  expect(invitation.status, invitation.text).toBe(201);
  joinToken = (invitation.json as { url: string }).url.split("/join/")[1]!;
});

test.afterAll(async () => {
  db?.close();
  await server.kill("SIGTERM");
});

function fingerprint() {
  return { counts: rowCounts(db), dataVersion: db.pragma("data_version", { simple: true }) as number };
}

function describeCase(testCase: Case, reply?: Reply): string {
  const body =
    testCase.body === undefined
      ? ""
      : typeof testCase.body === "string"
        ? testCase.body
        : `bytes ${Buffer.from(testCase.body).toString("hex")}`;
  const shown = body.length > 300 ? `${body.slice(0, 300)}... (${body.length} characters)` : body;
  return `${testCase.method} ${testCase.path.slice(0, 300)} [${testCase.label}] ${JSON.stringify(testCase.headers)} ${JSON.stringify(shown)}${reply ? ` -> ${reply.status} ${reply.text.slice(0, 300)}` : ""}`;
}

// fast-check prints counterexamples with this, instead of megabytes of body.
function printable(testCase: Case): Case {
  return Object.assign(testCase, { [fc.toStringMethod]: () => describeCase(testCase) });
}

async function send(client: Client, testCase: Case): Promise<Reply> {
  sent.set(testCase.route, (sent.get(testCase.route) ?? 0) + 1);
  if (!testCase.chunked || testCase.body === undefined)
    return client.send(testCase.method, testCase.path, { body: testCase.body, headers: testCase.headers });
  const bytes = typeof testCase.body === "string" ? new TextEncoder().encode(testCase.body) : testCase.body;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let at = 0; at < bytes.length; at += 64 * 1024) controller.enqueue(bytes.subarray(at, at + 64 * 1024));
      controller.close();
    },
  });
  return client.send(testCase.method, testCase.path, { body: stream, headers: testCase.headers });
}

/**
 * The property every generated request must hold. Checked with node:assert, not Playwright's expect: each expect is a
 * reported test step with a captured stack, and thousands of them per test cost the worker more than the requests did.
 */
async function check(client: Client, testCase: Case): Promise<void> {
  const before = fingerprint();
  const reply = await send(client, testCase);
  const context = describeCase(testCase, reply);
  assert.ok(reply.status < 500, `a 5xx: ${context}`);
  const refused = reply.status >= 400;
  if (refused) {
    assert.equal(errorShapeProblem(reply.json), null, `not the error shape: ${context}`);
    assert.match(reply.headers.get("content-type") ?? "", /^application\/json/, context);
  }
  if (testCase.expect.status !== "not-5xx") {
    const { status, code, field } = testCase.expect;
    assert.equal(reply.status, status, `wrong status: ${context}`);
    const error = (reply.json as { error: { code: string; fields?: Record<string, string> } }).error;
    if (code) assert.equal(error.code, code, context);
    if (field !== undefined) {
      const named = Object.keys(error.fields ?? {});
      assert.ok(
        named.some((name) => name === field || name.startsWith(`${field}.`)),
        `field ${JSON.stringify(field)} not named in ${JSON.stringify(named)}: ${context}`,
      );
    }
  }
  if (refused) assert.deepEqual(fingerprint(), before, `a refused request wrote: ${context}`);
}

// No shrinking: each case has one fault already, and a failing run should end quickly, not search for minutes.
function runs(count: number) {
  return { numRuns: count, endOnFailure: true, ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}) };
}

async function property(client: () => Client, cases: fc.Arbitrary<Case>, count: number) {
  await fc.assert(
    fc.asyncProperty(cases.map(printable), (testCase) => check(client(), testCase)),
    runs(count),
  );
}

/** How many generated requests each route with input gets; every route of app/api/v1 is either here or in NO_INPUT. */
const BUDGET: Record<string, number> = {
  "POST /api/v1/users": 250,
  "POST /api/v1/password-resets": 80,
  "POST /api/v1/password-resets/confirm": 100,
  "PATCH /api/v1/me": 300,
  "DELETE /api/v1/me": 150,
  "POST /api/v1/me/password": 120,
  "POST /api/v1/assessments": 450,
  "GET /api/v1/assessments": 200,
  "GET /api/v1/assessments/[id]": 150,
  "GET /api/v1/roles/[slug]": 100,
  "GET /api/v1/skills/[slug]": 60,
  "PUT /api/v1/plan": 200,
  "POST /api/v1/plan/celebrated": 60,
  "PUT /api/v1/reminders": 80,
  "POST /api/v1/roles/draft": 80,
  "GET /api/v1/reminders.ics": 60,
  "POST /api/v1/import": 300,
  "GET /api/v1/progress": 80,
  "POST /api/v1/shares": 120,
  "DELETE /api/v1/shares/[id]": 60,
  "POST /api/v1/reviews": 120,
  "GET /api/v1/reviews/[id]": 60,
  "DELETE /api/v1/reviews/[id]": 60,
  "POST /api/v1/reviews/[id]/response": 200,
  "POST /api/v1/workspaces": 100,
  "GET /api/v1/workspaces/[id]": 40,
  "PATCH /api/v1/workspaces/[id]": 80,
  "DELETE /api/v1/workspaces/[id]": 40,
  "POST /api/v1/workspaces/[id]/invitations": 100,
  "GET /api/v1/workspaces/[id]/invitations": 40,
  "DELETE /api/v1/workspaces/[id]/invitations/[invitationId]": 40,
  "PUT /api/v1/workspaces/[id]/sharing": 60,
  "PATCH /api/v1/workspaces/[id]/members/[userId]": 60,
  "DELETE /api/v1/workspaces/[id]/members/[userId]": 40,
  "POST /api/v1/invitations/[token]/accept": 60,
  "GET /api/v1/workspaces/[id]/matrix": 60,
  "GET /api/v1/workspaces/[id]/matrix.csv": 40,
  "GET /api/v1/workspaces/[id]/trend": 40,
};
/** Routes that read nothing from the request but the session: no input to generate. */
const NO_INPUT = [
  "GET /api/v1/me",
  "GET /api/v1/roles",
  "GET /api/v1/skills",
  "GET /api/v1/plan",
  "GET /api/v1/reminders",
  "POST /api/v1/reminders/feed",
  "DELETE /api/v1/reminders/feed",
  "GET /api/v1/export",
  "GET /api/v1/export.csv",
  "POST /api/v1/me/sign-out-everywhere",
  "GET /api/v1/dashboard",
  "GET /api/v1/shares",
  "GET /api/v1/reviews",
  "GET /api/v1/openapi.json",
  "GET /api/v1/schemas/role-set.json",
  "GET /api/v1/workspaces",
];

const exists = (endpoint: string) => discoveredEndpoints().includes(endpoint);

test("every /api/v1 route is either fuzzed here or takes no input", () => {
  const api = discoveredEndpoints().filter((endpoint) => endpoint.split(" ")[1]!.startsWith("/api/v1"));
  const unclassified = api.filter((endpoint) => !(endpoint in BUDGET) && !NO_INPUT.includes(endpoint));
  expect(unclassified, "new /api/v1 routes: give them a generator in bad-input.spec.ts or list them in NO_INPUT").toEqual([]);
  const stale = Object.keys(BUDGET).filter((endpoint) => !exists(endpoint));
  expect(stale, "routes fuzzed here that app/ no longer has").toEqual([]);
});

test("POST /api/v1/users: bad sign-ups", async () => {
  test.setTimeout(120_000);
  await property(() => new Client(server.url), bodyCases(signUpRoute()), BUDGET["POST /api/v1/users"]!);
});

test("POST /api/v1/password-resets: bad reset requests", async () => {
  test.setTimeout(120_000);
  await property(() => new Client(server.url), bodyCases(requestPasswordResetRoute()), BUDGET["POST /api/v1/password-resets"]!);
});

test("POST /api/v1/password-resets/confirm: bad tokens and new passwords", async () => {
  test.setTimeout(120_000);
  await property(() => new Client(server.url), bodyCases(confirmPasswordResetRoute()), BUDGET["POST /api/v1/password-resets/confirm"]!);
});

test("PATCH /api/v1/me: bad profile changes", async () => {
  test.setTimeout(120_000);
  await property(() => user, bodyCases(updateMeRoute()), BUDGET["PATCH /api/v1/me"]!);
});

test("DELETE /api/v1/me: bad password confirmations", async () => {
  test.setTimeout(120_000);
  await property(() => user, bodyCases(deleteMeRoute()), BUDGET["DELETE /api/v1/me"]!);
  expect((await user.send("GET", "/api/v1/me")).status).toBe(200);
});

test("POST /api/v1/me/password: bad password changes", async () => {
  test.setTimeout(120_000);
  await property(() => user, bodyCases(changePasswordRoute(email, PASSWORD)), BUDGET["POST /api/v1/me/password"]!);
  expect((await user.send("GET", "/api/v1/me")).status).toBe(200);
});

test("POST /api/v1/assessments: bad ratings, bodies and idempotency keys", async () => {
  test.setTimeout(120_000);
  const route = saveAssessmentRoute();
  const badKeys = fc.tuple(route.valid, badIdempotencyKey).map(([body, key]): Case => ({
    route: "POST /api/v1/assessments",
    label: "a bad Idempotency-Key",
    method: "POST",
    path: "/api/v1/assessments",
    headers: { "content-type": "application/json", "idempotency-key": key },
    body: toJson(body),
    expect: { status: 400, code: "validation_failed", field: "Idempotency-Key" },
  }));
  await property(
    () => user,
    fc.oneof({ arbitrary: bodyCases(route), weight: 9 }, { arbitrary: badKeys, weight: 1 }),
    BUDGET["POST /api/v1/assessments"]!,
  );
});

test("GET /api/v1/assessments: bad limits, forged cursors, unknown parameters", async () => {
  test.setTimeout(120_000);
  await property(() => user, listQueryCases(), BUDGET["GET /api/v1/assessments"]!);
});

test("GET /api/v1/assessments/[id]: ids that are not the user's, URLs that do not decode", async () => {
  test.setTimeout(120_000);
  await property(() => user, idPathCases("/api/v1/assessments/[id]", "/api/v1/assessments"), BUDGET["GET /api/v1/assessments/[id]"]!);
  expect((await user.send("GET", `/api/v1/assessments/${ownAssessmentId}`)).status).toBe(200);
});

test("GET /api/v1/roles/[slug]: unknown roles, URLs that do not decode", async () => {
  test.setTimeout(120_000);
  await property(() => new Client(server.url), idPathCases("/api/v1/roles/[slug]", "/api/v1/roles"), BUDGET["GET /api/v1/roles/[slug]"]!);
});

test("GET /api/v1/skills/[slug]: unknown skills, URLs that do not decode", async () => {
  test.setTimeout(120_000);
  await property(
    () => new Client(server.url),
    idPathCases("/api/v1/skills/[slug]", "/api/v1/skills"),
    BUDGET["GET /api/v1/skills/[slug]"]!,
  );
});

test("PUT /api/v1/plan: too many items, bad targets, skills and due dates", async () => {
  test.setTimeout(120_000);
  await property(() => user, bodyCases(planRoute()), BUDGET["PUT /api/v1/plan"]!);
});

test("POST /api/v1/plan/celebrated: bad skill lists", async () => {
  test.setTimeout(120_000);
  await property(() => user, bodyCases(celebratedRoute()), BUDGET["POST /api/v1/plan/celebrated"]!);
});

test("POST /api/v1/roles/draft: no posting, postings too long", async () => {
  test.setTimeout(120_000);
  await property(() => user, bodyCases(roleDraftRoute()), BUDGET["POST /api/v1/roles/draft"]!);
});

test("PUT /api/v1/reminders: intervals other than off, 2, 4 and 8 weeks", async () => {
  test.setTimeout(120_000);
  await property(() => user, bodyCases(remindersRoute()), BUDGET["PUT /api/v1/reminders"]!);
});

test("GET /api/v1/reminders.ics: no token, tokens that are no feed's", async () => {
  test.setTimeout(120_000);
  await property(() => new Client(server.url), reminderFeedQueryCases(), BUDGET["GET /api/v1/reminders.ics"]!);
});

test("POST /api/v1/import: bad export documents", async () => {
  test.setTimeout(120_000);
  await property(() => user, bodyCases(importRoute()), BUDGET["POST /api/v1/import"]!);
});

test("GET /api/v1/progress: unknown roles", async () => {
  test.setTimeout(120_000);
  await property(() => user, progressQueryCases(), BUDGET["GET /api/v1/progress"]!);
});

test("POST /api/v1/shares: bad expiries and flags", async () => {
  test.setTimeout(120_000);
  await property(() => user, bodyCases(createShareRoute()), BUDGET["POST /api/v1/shares"]!);
});

test("POST /api/v1/reviews: bad reviewer names and expiries", async () => {
  test.setTimeout(120_000);
  await property(() => user, bodyCases(createReviewRoute()), BUDGET["POST /api/v1/reviews"]!);
});

test("POST /api/v1/reviews/[id]/response: bad answers, signed out, leave the link open", async () => {
  test.setTimeout(120_000);
  await property(() => new Client(server.url), bodyCases(reviewResponseRoute(reviewToken)), BUDGET["POST /api/v1/reviews/[id]/response"]!);
  const reviews = (await user.send("GET", "/api/v1/reviews")).json as { status: string }[];
  expect(reviews.map((review) => review.status)).toEqual(["pending"]);
});

test("workspaces: bad names, group sizes, invitations, sharing choices and roles; nothing written", async () => {
  test.setTimeout(240_000);
  const own = `/api/v1/workspaces/${workspaceId}`;
  await property(() => user, bodyCases(createWorkspaceRoute()), BUDGET["POST /api/v1/workspaces"]!);
  await property(() => user, bodyCases(updateWorkspaceRoute(workspaceId)), BUDGET["PATCH /api/v1/workspaces/[id]"]!);
  await property(() => user, bodyCases(createInvitationRoute(workspaceId)), BUDGET["POST /api/v1/workspaces/[id]/invitations"]!);
  await property(
    () => user,
    bodyCases(sharingRoute("/api/v1/workspaces/[id]/sharing", "PUT", `${own}/sharing`)),
    BUDGET["PUT /api/v1/workspaces/[id]/sharing"]!,
  );
  await property(() => user, bodyCases(changeRoleRoute(`${own}/members/me`)), BUDGET["PATCH /api/v1/workspaces/[id]/members/[userId]"]!);
  await property(
    () => user,
    bodyCases(sharingRoute("/api/v1/invitations/[token]/accept", "POST", `/api/v1/invitations/${joinToken}/accept`)),
    BUDGET["POST /api/v1/invitations/[token]/accept"]!,
  );
  const mine = (await user.send("GET", "/api/v1/workspaces")).json as { id: string; name: string; myRole: string }[];
  expect(mine).toEqual([expect.objectContaining({ id: workspaceId, name: "Fuzz cohort", myRole: "owner" })]);
});

for (const [endpoint, prefix, suffix] of [
  ["GET /api/v1/workspaces/[id]", "/api/v1/workspaces", ""],
  ["DELETE /api/v1/workspaces/[id]", "/api/v1/workspaces", ""],
  ["GET /api/v1/workspaces/[id]/invitations", "/api/v1/workspaces", "/invitations"],
] as const) {
  test(`${endpoint}: workspaces the user is not in, URLs that do not decode`, async () => {
    test.setTimeout(120_000);
    const [method, route] = endpoint.split(" ") as [string, string];
    await property(() => user, idPathCases(route, prefix, method, suffix), BUDGET[endpoint]!);
  });
}

for (const endpoint of [
  "GET /api/v1/workspaces/[id]/matrix",
  "GET /api/v1/workspaces/[id]/matrix.csv",
  "GET /api/v1/workspaces/[id]/trend",
] as const) {
  test(`${endpoint}: unknown roles on the user's own workspace, workspaces the user is not in`, async () => {
    test.setTimeout(120_000);
    const route = endpoint.split(" ")[1]!;
    const tail = route.split("[id]")[1]!;
    const budget = BUDGET[endpoint]!;
    await property(() => user, progressQueryCases(endpoint, `/api/v1/workspaces/${workspaceId}${tail}`), Math.ceil(budget / 2));
    await property(() => user, idPathCases(route, "/api/v1/workspaces", "GET", `${tail}?role=data-scientist`), Math.floor(budget / 2));
  });
}

for (const [endpoint, under] of [
  ["DELETE /api/v1/workspaces/[id]/invitations/[invitationId]", "invitations"],
  ["DELETE /api/v1/workspaces/[id]/members/[userId]", "members"],
] as const) {
  test(`${endpoint}: ids the user's workspace does not have, URLs that do not decode`, async () => {
    test.setTimeout(120_000);
    const route = endpoint.split(" ")[1]!;
    // Not "me": the fuzz user is the workspace's only owner, and leaving is refused for that reason instead.
    const cases = idPathCases(route, `/api/v1/workspaces/${workspaceId}/${under}`, "DELETE").filter((item) => !item.path.endsWith("/me"));
    await property(() => user, cases, BUDGET[endpoint]!);
  });
}

for (const [endpoint, prefix] of [
  ["DELETE /api/v1/shares/[id]", "/api/v1/shares"],
  ["GET /api/v1/reviews/[id]", "/api/v1/reviews"],
  ["DELETE /api/v1/reviews/[id]", "/api/v1/reviews"],
] as const) {
  test(`${endpoint}: ids that are not the user's, URLs that do not decode`, async () => {
    test.setTimeout(120_000);
    const [method, route] = endpoint.split(" ") as [string, string];
    await property(() => user, idPathCases(route, prefix, method), BUDGET[endpoint]!);
  });
}

test("at least 2,000 generated requests reached the routes", async ({}, testInfo) => {
  const total = [...sent.values()].reduce((sum, count) => sum + count, 0);
  const summary = [...sent.entries()].map(([route, count]) => `${route}: ${count}`).join(", ");
  testInfo.annotations.push({ type: "figures", description: `${total} generated requests over ${sent.size} routes (${summary})` });
  console.log(`bad input: ${total} generated requests over ${sent.size} routes (${summary})`);
  // Counted by this worker: after a failure above, Playwright starts a new worker and the count restarts.
  expect(total, "fewer requests than promised (if a test above failed, start there)").toBeGreaterThanOrEqual(2000);
  const expected = Object.keys(BUDGET).filter((endpoint) => exists(endpoint));
  expect([...sent.keys()].sort()).toEqual(expected.sort());
});
