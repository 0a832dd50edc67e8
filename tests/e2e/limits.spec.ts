import { expect, test } from "@playwright/test";
import { attemptSignIn, errorShapeProblem, newSeededUser, PASSWORD, signUp, type Reply } from "./support/api";
import { discoveredEndpoints } from "./support/routes";

/**
 * Bodies over the limit are refused (413) before anything parses them, and
 * before Next buffers them when their length is declared, and the sign-in throttle holds when 50 wrong passwords arrive
 * at once.
 */
test.describe.configure({ mode: "default" });

const MB = 1024 * 1024;
/** Routes used without signing in take small bodies (lib/http/body-limits.ts). */
const PUBLIC = 64 * 1024;
let baseUrl: string;
test.beforeAll(({}, testInfo) => {
  baseUrl = testInfo.project.use.baseURL!;
});

/** Each route that reads a body, with its limit; the list of writing routes comes from app/. */
const BODY_ROUTES: Record<string, { path: string; limit: number; type: string }> = {
  "POST /api/v1/users": { path: "/api/v1/users", limit: PUBLIC, type: "application/json" },
  "POST /api/v1/password-resets": { path: "/api/v1/password-resets", limit: PUBLIC, type: "application/json" },
  "POST /api/v1/password-resets/confirm": { path: "/api/v1/password-resets/confirm", limit: PUBLIC, type: "application/json" },
  "PATCH /api/v1/me": { path: "/api/v1/me", limit: MB, type: "application/json" },
  "DELETE /api/v1/me": { path: "/api/v1/me", limit: MB, type: "application/json" },
  "POST /api/v1/me/password": { path: "/api/v1/me/password", limit: MB, type: "application/json" },
  "POST /api/v1/assessments": { path: "/api/v1/assessments", limit: MB, type: "application/json" },
  "POST /api/v1/import": { path: "/api/v1/import", limit: 5 * MB, type: "application/json" },
  "POST /api/auth/[...nextauth]": { path: "/api/auth/callback/credentials", limit: PUBLIC, type: "application/x-www-form-urlencoded" },
  "POST /api/v1/shares": { path: "/api/v1/shares", limit: MB, type: "application/json" },
  "POST /api/v1/reviews": { path: "/api/v1/reviews", limit: MB, type: "application/json" },
  "POST /api/v1/reviews/[id]/response": { path: "/api/v1/reviews/no-such-token/response", limit: PUBLIC, type: "application/json" },
  "PUT /api/v1/plan": { path: "/api/v1/plan", limit: MB, type: "application/json" },
  "POST /api/v1/plan/celebrated": { path: "/api/v1/plan/celebrated", limit: MB, type: "application/json" },
  "PUT /api/v1/reminders": { path: "/api/v1/reminders", limit: MB, type: "application/json" },
  "POST /api/v1/roles/draft": { path: "/api/v1/roles/draft", limit: MB, type: "application/json" },
  "POST /api/v1/workspaces": { path: "/api/v1/workspaces", limit: MB, type: "application/json" },
  "PATCH /api/v1/workspaces/[id]": { path: "/api/v1/workspaces/any-workspace", limit: MB, type: "application/json" },
  "POST /api/v1/workspaces/[id]/invitations": { path: "/api/v1/workspaces/any-workspace/invitations", limit: MB, type: "application/json" },
  "PUT /api/v1/workspaces/[id]/sharing": { path: "/api/v1/workspaces/any-workspace/sharing", limit: MB, type: "application/json" },
  "PATCH /api/v1/workspaces/[id]/members/[userId]": {
    path: "/api/v1/workspaces/any-workspace/members/any-member",
    limit: MB,
    type: "application/json",
  },
  "POST /api/v1/invitations/[token]/accept": { path: "/api/v1/invitations/any-token/accept", limit: MB, type: "application/json" },
};
/** Routes that change something without reading a body: whatever is sent is never parsed. */
const NO_BODY = [
  "POST /api/v1/me/sign-out-everywhere",
  "DELETE /api/v1/shares/[id]",
  "DELETE /api/v1/reviews/[id]",
  "POST /api/v1/reminders/feed",
  "DELETE /api/v1/reminders/feed",
  "DELETE /api/v1/workspaces/[id]",
  "DELETE /api/v1/workspaces/[id]/invitations/[invitationId]",
  "DELETE /api/v1/workspaces/[id]/members/[userId]",
];

function chunked(size: number): ReadableStream<Uint8Array> {
  const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
  let left = size;
  return new ReadableStream({
    pull(controller) {
      if (left <= 0) return controller.close();
      controller.enqueue(left >= chunk.length ? chunk : chunk.subarray(0, left));
      left -= chunk.length;
    },
  });
}

function expectRefused(reply: Reply, context: string, status: number, code: string) {
  expect(reply.status, `${context}: ${reply.text.slice(0, 200)}`).toBe(status);
  expect(errorShapeProblem(reply.json)).toBeNull();
  expect((reply.json as { error: { code: string } }).error.code).toBe(code);
}
const expect413 = (reply: Reply, context: string) => expectRefused(reply, context, 413, "payload_too_large");
/** A body without a declared length would be buffered by Next before the app could judge its size: refused unread. */
const expect411 = (reply: Reply, context: string) => expectRefused(reply, context, 411, "length_required");

test("every route that reads a body refuses one over its limit with 413, and one of no declared length with 411, before parsing it", async () => {
  test.setTimeout(120_000);
  const writes = discoveredEndpoints().filter((endpoint) => !endpoint.startsWith("GET ") && endpoint.split(" ")[1]!.startsWith("/api/"));
  expect(
    writes.filter((endpoint) => !(endpoint in BODY_ROUTES) && !NO_BODY.includes(endpoint)),
    "give new writing routes a limit in BODY_ROUTES",
  ).toEqual([]);

  const { client } = await newSeededUser(baseUrl, "limits");
  for (const [endpoint, { path, limit, type }] of Object.entries(BODY_ROUTES)) {
    const method = endpoint.split(" ")[0]!;
    // Not JSON, not a form: a body that got parsed would be a 400 (or a sign-in error), not a 413.
    const over = "x".repeat(limit + 1);
    expect413(
      await client.send(method, path, { body: over, headers: { "content-type": type } }),
      `${endpoint}, ${limit + 1} bytes with Content-Length`,
    );
    expect411(
      await client.send(method, path, { body: chunked(limit + 1), headers: { "content-type": type } }),
      `${endpoint}, ${limit + 1} bytes chunked`,
    );
    // At the limit the body is read and judged on its content.
    const at = await client.send(method, path, { body: "x".repeat(limit), headers: { "content-type": type } });
    expect(at.status, `${endpoint}, exactly ${limit} bytes: ${at.text.slice(0, 200)}`).not.toBe(413);
    expect(at.status).toBeLessThan(500);
  }
  // Far beyond the limit (and beyond the 10 MB Next buffers for its proxy), declared or not: refused at once.
  expect411(
    await client.send("POST", "/api/v1/import", { body: chunked(20 * MB), headers: { "content-type": "application/json" } }),
    "import, 20 MB chunked",
  );
  expect413(
    await client.send("POST", "/api/v1/import", { body: "x".repeat(20 * MB), headers: { "content-type": "application/json" } }),
    "import, 20 MB declared",
  );
  expect((await client.send("GET", "/api/v1/me")).status).toBe(200);
});

async function wrongPasswordsAtOnce(email: string, count: number, headers: (index: number) => Record<string, string>) {
  const answers = await Promise.all(
    Array.from({ length: count }, (_, index) => attemptSignIn(baseUrl, email, `wrong passphrase number ${index}`, headers(index))),
  );
  for (const answer of answers) expect(answer.cookie).toBeNull();
  const checked = answers.filter((answer) => answer.error === "Email or password is incorrect.").length;
  const throttled = answers.filter((answer) =>
    /^Too many failed sign-in attempts\. Try again in \d+ minutes?\.$/.test(answer.error ?? ""),
  ).length;
  return { checked, throttled };
}

test("50 wrong passwords at once: no more than 10 reach the password check, and then the right one is refused too", async ({}, testInfo) => {
  const { email } = await signUp(baseUrl);
  const { checked, throttled } = await wrongPasswordsAtOnce(email, 50, () => ({}));
  testInfo.annotations.push({ type: "figures", description: `${checked} checked, ${throttled} throttled` });
  expect(checked).toBeLessThanOrEqual(10);
  expect(checked + throttled).toBe(50);
  expect((await attemptSignIn(baseUrl, email, PASSWORD)).error).toMatch(/^Too many failed sign-in attempts/);
});

test("the same 50 with a different X-Forwarded-For each: the client cannot choose its address, the throttle still holds", async ({}, testInfo) => {
  const { email } = await signUp(baseUrl);
  const { checked, throttled } = await wrongPasswordsAtOnce(email, 50, (index) => ({ "x-forwarded-for": `203.0.113.${index + 1}` }));
  testInfo.annotations.push({ type: "figures", description: `${checked} checked, ${throttled} throttled` });
  expect(checked).toBeLessThanOrEqual(10);
  expect(checked + throttled).toBe(50);
});

test("the throttle is per account: another account from the same address still signs in", async () => {
  const { email } = await signUp(baseUrl);
  await wrongPasswordsAtOnce(email, 12, () => ({}));
  const bystander = await newSeededUser(baseUrl, "bystander");
  expect((await bystander.client.send("GET", "/api/v1/me")).status).toBe(200);
});
