import { expect, test } from "@playwright/test";
import { Client, errorShapeProblem, newSeededUser, PASSWORD, randomEmail, type Reply } from "./support/api";
import { discoveredEndpoints } from "./support/routes";

/**
 * Who may do what. Every route and page under app/ has an
 * entry here (a new one fails the first test until it gets one). For each:
 * signed out, a 401 in the error shape (API) or a redirect to sign-in that
 * comes back (pages), or the public answer; signed in as the owner, success;
 * and for routes that take an id, another signed-in user gets 404 and
 * nothing of the owner's changes.
 */
test.describe.configure({ mode: "default" });

interface Fixture {
  /** The owner's assessment. */
  assessmentId: string;
  ownerEmail: string;
  /** The owner's share links: one to revoke, one whose page stays live. */
  shareToRevoke: string;
  shareToken: string;
  /** The owner's reviews: one pending to withdraw, one pending whose page stays open, one answered. */
  reviewToWithdraw: string;
  openReviewToken: string;
  answeredReview: string;
  answeredReviewToken: string;
  /** The owner's workspace, with a member in it and an invitation to revoke; another to delete. */
  workspaceId: string;
  workspaceToDelete: string;
  invitationToRevoke: string;
  memberId: string;
  /** A live invitation to someone else's workspace, for the owner to accept. */
  foreignInvitationToken: string;
}

interface Request {
  path: string;
  json?: unknown;
  form?: Record<string, string>;
}

interface Entry {
  endpoint: string;
  access: "public" | "user";
  request: (fixture: Fixture) => Request;
  /** The owner's (or, for public routes, anyone's) answer. */
  status: number;
  /** Another user asks for the owner's id: 404, nothing changed. */
  takesId?: true;
  /** Changes the account (sign-out-everywhere, password, deletion): run on a throwaway owner. */
  destructive?: true;
}

const MATRIX: Entry[] = [
  // next-auth: public by nature (sign-in itself). A POST without its CSRF token is sent back to sign-in.
  { endpoint: "GET /api/auth/[...nextauth]", access: "public", request: () => ({ path: "/api/auth/providers" }), status: 200 },
  {
    endpoint: "POST /api/auth/[...nextauth]",
    access: "public",
    request: () => ({ path: "/api/auth/callback/credentials", form: { email: "x@example.test", password: "wrong" } }),
    status: 302,
  },
  { endpoint: "GET /api/health", access: "public", request: () => ({ path: "/api/health" }), status: 200 },
  { endpoint: "GET /api/ready", access: "public", request: () => ({ path: "/api/ready" }), status: 200 },
  // Found only with METRICS_TOKEN, which the suite's server does not set (logs-and-metrics.spec.ts reads it with one).
  { endpoint: "GET /api/metrics", access: "public", request: () => ({ path: "/api/metrics" }), status: 404 },
  { endpoint: "GET /api/v1/roles", access: "public", request: () => ({ path: "/api/v1/roles" }), status: 200 },
  { endpoint: "GET /api/v1/openapi.json", access: "public", request: () => ({ path: "/api/v1/openapi.json" }), status: 200 },
  { endpoint: "GET /api/v1/roles/[slug]", access: "public", request: () => ({ path: "/api/v1/roles/ml-researcher" }), status: 200 },
  {
    endpoint: "POST /api/v1/roles/draft",
    access: "user",
    request: () => ({ path: "/api/v1/roles/draft", json: { text: "Requirements: strong Python and Docker." } }),
    status: 200,
  },
  {
    endpoint: "GET /api/v1/schemas/role-set.json",
    access: "public",
    request: () => ({ path: "/api/v1/schemas/role-set.json" }),
    status: 200,
  },
  { endpoint: "GET /api/v1/skills", access: "public", request: () => ({ path: "/api/v1/skills" }), status: 200 },
  { endpoint: "GET /api/v1/skills/[slug]", access: "public", request: () => ({ path: "/api/v1/skills/statistics" }), status: 200 },
  {
    endpoint: "POST /api/v1/users",
    access: "public",
    request: () => ({ path: "/api/v1/users", json: { email: randomEmail("matrix"), password: PASSWORD } }),
    status: 202,
  },
  {
    endpoint: "POST /api/v1/password-resets",
    access: "public",
    request: () => ({ path: "/api/v1/password-resets", json: { email: randomEmail("matrix") } }),
    status: 202,
  },
  {
    endpoint: "POST /api/v1/password-resets/confirm",
    access: "public",
    request: () => ({ path: "/api/v1/password-resets/confirm", json: { token: "never-issued", newPassword: PASSWORD } }),
    status: 400,
  },

  { endpoint: "GET /api/v1/me", access: "user", request: () => ({ path: "/api/v1/me" }), status: 200 },
  { endpoint: "PATCH /api/v1/me", access: "user", request: () => ({ path: "/api/v1/me", json: { name: "Matrix Owner" } }), status: 200 },
  {
    endpoint: "DELETE /api/v1/me",
    access: "user",
    request: () => ({ path: "/api/v1/me", json: { currentPassword: PASSWORD } }),
    status: 204,
    destructive: true,
  },
  {
    endpoint: "POST /api/v1/me/password",
    access: "user",
    request: () => ({ path: "/api/v1/me/password", json: { currentPassword: PASSWORD, newPassword: "a different long passphrase" } }),
    status: 204,
    destructive: true,
  },
  {
    endpoint: "POST /api/v1/me/sign-out-everywhere",
    access: "user",
    request: () => ({ path: "/api/v1/me/sign-out-everywhere" }),
    status: 204,
    destructive: true,
  },
  { endpoint: "GET /api/v1/assessments", access: "user", request: () => ({ path: "/api/v1/assessments?limit=5" }), status: 200 },
  {
    endpoint: "POST /api/v1/assessments",
    access: "user",
    request: () => ({ path: "/api/v1/assessments", json: { ratings: [{ skill: "mlops", level: 2 }] } }),
    status: 201,
  },
  {
    endpoint: "GET /api/v1/assessments/[id]",
    access: "user",
    request: ({ assessmentId }) => ({ path: `/api/v1/assessments/${assessmentId}` }),
    status: 200,
    takesId: true,
  },
  { endpoint: "GET /api/v1/export", access: "user", request: () => ({ path: "/api/v1/export" }), status: 200 },
  { endpoint: "GET /api/v1/export.csv", access: "user", request: () => ({ path: "/api/v1/export.csv" }), status: 200 },
  {
    endpoint: "POST /api/v1/import",
    access: "user",
    request: () => ({ path: "/api/v1/import", json: { format: "skillgap-export", version: 1, assessments: [] } }),
    status: 200,
  },
  { endpoint: "GET /api/v1/dashboard", access: "user", request: () => ({ path: "/api/v1/dashboard" }), status: 200 },
  { endpoint: "GET /api/v1/plan", access: "user", request: () => ({ path: "/api/v1/plan" }), status: 200 },
  { endpoint: "PUT /api/v1/plan", access: "user", request: () => ({ path: "/api/v1/plan", json: { items: [] } }), status: 200 },
  {
    endpoint: "POST /api/v1/plan/celebrated",
    access: "user",
    request: () => ({ path: "/api/v1/plan/celebrated", json: { skills: ["eda"] } }),
    status: 204,
  },
  { endpoint: "GET /api/v1/reminders", access: "user", request: () => ({ path: "/api/v1/reminders" }), status: 200 },
  {
    endpoint: "PUT /api/v1/reminders",
    access: "user",
    request: () => ({ path: "/api/v1/reminders", json: { intervalWeeks: 4 } }),
    status: 200,
  },
  { endpoint: "POST /api/v1/reminders/feed", access: "user", request: () => ({ path: "/api/v1/reminders/feed" }), status: 201 },
  { endpoint: "DELETE /api/v1/reminders/feed", access: "user", request: () => ({ path: "/api/v1/reminders/feed" }), status: 204 },
  // The feed's token is its only key: no cookie is needed, and a token that is no feed's is a 404 for everyone.
  {
    endpoint: "GET /api/v1/reminders.ics",
    access: "public",
    request: () => ({ path: "/api/v1/reminders.ics?token=no-such-feed" }),
    status: 404,
  },
  { endpoint: "GET /api/v1/progress", access: "user", request: () => ({ path: "/api/v1/progress?role=data-scientist" }), status: 200 },

  { endpoint: "GET /api/v1/shares", access: "user", request: () => ({ path: "/api/v1/shares" }), status: 200 },
  {
    endpoint: "POST /api/v1/shares",
    access: "user",
    request: () => ({ path: "/api/v1/shares", json: { expiresInDays: 3, showNotes: false } }),
    status: 201,
  },
  {
    endpoint: "DELETE /api/v1/shares/[id]",
    access: "user",
    request: ({ shareToRevoke }) => ({ path: `/api/v1/shares/${shareToRevoke}` }),
    status: 204,
    takesId: true,
  },
  { endpoint: "GET /api/v1/reviews", access: "user", request: () => ({ path: "/api/v1/reviews" }), status: 200 },
  {
    endpoint: "POST /api/v1/reviews",
    access: "user",
    request: () => ({ path: "/api/v1/reviews", json: { reviewerName: "Matrix Reviewer" } }),
    status: 201,
  },
  {
    endpoint: "GET /api/v1/reviews/[id]",
    access: "user",
    request: ({ answeredReview }) => ({ path: `/api/v1/reviews/${answeredReview}` }),
    status: 200,
    takesId: true,
  },
  {
    endpoint: "DELETE /api/v1/reviews/[id]",
    access: "user",
    request: ({ reviewToWithdraw }) => ({ path: `/api/v1/reviews/${reviewToWithdraw}` }),
    status: 204,
    takesId: true,
  },
  // The reviewer needs no account: signed out or in, an answered link is gone (410) for anyone.
  {
    endpoint: "POST /api/v1/reviews/[id]/response",
    access: "public",
    request: ({ answeredReviewToken }) => ({
      path: `/api/v1/reviews/${answeredReviewToken}/response`,
      json: { ratings: [{ skill: "cloud", level: 1 }] },
    }),
    status: 410,
  },

  { endpoint: "GET /api/v1/workspaces", access: "user", request: () => ({ path: "/api/v1/workspaces" }), status: 200 },
  {
    endpoint: "POST /api/v1/workspaces",
    access: "user",
    request: () => ({ path: "/api/v1/workspaces", json: { name: "Matrix cohort" } }),
    status: 201,
  },
  {
    endpoint: "GET /api/v1/workspaces/[id]",
    access: "user",
    request: ({ workspaceId }) => ({ path: `/api/v1/workspaces/${workspaceId}` }),
    status: 200,
    takesId: true,
  },
  {
    endpoint: "PATCH /api/v1/workspaces/[id]",
    access: "user",
    request: ({ workspaceId }) => ({ path: `/api/v1/workspaces/${workspaceId}`, json: { name: "Renamed cohort" } }),
    status: 200,
    takesId: true,
  },
  {
    endpoint: "DELETE /api/v1/workspaces/[id]",
    access: "user",
    request: ({ workspaceToDelete }) => ({ path: `/api/v1/workspaces/${workspaceToDelete}` }),
    status: 204,
    takesId: true,
  },
  {
    endpoint: "GET /api/v1/workspaces/[id]/invitations",
    access: "user",
    request: ({ workspaceId }) => ({ path: `/api/v1/workspaces/${workspaceId}/invitations` }),
    status: 200,
    takesId: true,
  },
  {
    endpoint: "POST /api/v1/workspaces/[id]/invitations",
    access: "user",
    request: ({ workspaceId }) => ({ path: `/api/v1/workspaces/${workspaceId}/invitations`, json: { role: "member", expiresInDays: 3 } }),
    status: 201,
    takesId: true,
  },
  {
    endpoint: "DELETE /api/v1/workspaces/[id]/invitations/[invitationId]",
    access: "user",
    request: ({ workspaceId, invitationToRevoke }) => ({ path: `/api/v1/workspaces/${workspaceId}/invitations/${invitationToRevoke}` }),
    status: 204,
    takesId: true,
  },
  {
    endpoint: "PUT /api/v1/workspaces/[id]/sharing",
    access: "user",
    request: ({ workspaceId }) => ({ path: `/api/v1/workspaces/${workspaceId}/sharing`, json: { sharing: "readiness" } }),
    status: 200,
    takesId: true,
  },
  {
    endpoint: "PATCH /api/v1/workspaces/[id]/members/[userId]",
    access: "user",
    request: ({ workspaceId, memberId }) => ({ path: `/api/v1/workspaces/${workspaceId}/members/${memberId}`, json: { role: "coach" } }),
    status: 204,
    takesId: true,
  },
  {
    endpoint: "DELETE /api/v1/workspaces/[id]/members/[userId]",
    access: "user",
    request: ({ workspaceId, memberId }) => ({ path: `/api/v1/workspaces/${workspaceId}/members/${memberId}` }),
    status: 204,
    takesId: true,
  },
  {
    endpoint: "GET /api/v1/workspaces/[id]/matrix",
    access: "user",
    request: ({ workspaceId }) => ({ path: `/api/v1/workspaces/${workspaceId}/matrix?role=ml-engineer` }),
    status: 200,
    takesId: true,
  },
  {
    endpoint: "GET /api/v1/workspaces/[id]/matrix.csv",
    access: "user",
    request: ({ workspaceId }) => ({ path: `/api/v1/workspaces/${workspaceId}/matrix.csv?role=ml-engineer` }),
    status: 200,
    takesId: true,
  },
  {
    endpoint: "GET /api/v1/workspaces/[id]/trend",
    access: "user",
    request: ({ workspaceId }) => ({ path: `/api/v1/workspaces/${workspaceId}/trend?role=ml-engineer` }),
    status: 200,
    takesId: true,
  },
  {
    endpoint: "POST /api/v1/invitations/[token]/accept",
    access: "user",
    request: ({ foreignInvitationToken }) => ({ path: `/api/v1/invitations/${foreignInvitationToken}/accept`, json: { sharing: "none" } }),
    status: 201,
  },

  { endpoint: "GET /", access: "public", request: () => ({ path: "/" }), status: 200 },
  { endpoint: "GET /p/[token]", access: "public", request: ({ shareToken }) => ({ path: `/p/${shareToken}` }), status: 200 },
  {
    endpoint: "GET /review/[token]",
    access: "public",
    request: ({ openReviewToken }) => ({ path: `/review/${openReviewToken}` }),
    status: 200,
  },
  { endpoint: "GET /roles", access: "public", request: () => ({ path: "/roles" }), status: 200 },
  { endpoint: "GET /docs/api", access: "public", request: () => ({ path: "/docs/api" }), status: 200 },
  { endpoint: "GET /roles/[slug]", access: "public", request: () => ({ path: "/roles/data-scientist" }), status: 200 },
  { endpoint: "GET /skills", access: "public", request: () => ({ path: "/skills" }), status: 200 },
  { endpoint: "GET /skills/[slug]", access: "public", request: () => ({ path: "/skills/mlops" }), status: 200 },
  { endpoint: "GET /signin", access: "public", request: () => ({ path: "/signin" }), status: 200 },
  { endpoint: "GET /signup", access: "public", request: () => ({ path: "/signup" }), status: 200 },
  { endpoint: "GET /forgot-password", access: "public", request: () => ({ path: "/forgot-password" }), status: 200 },
  { endpoint: "GET /reset-password", access: "public", request: () => ({ path: "/reset-password?token=never-issued" }), status: 200 },
  { endpoint: "GET /dashboard", access: "user", request: () => ({ path: "/dashboard" }), status: 200 },
  { endpoint: "GET /assess", access: "user", request: () => ({ path: "/assess" }), status: 200 },
  { endpoint: "GET /history", access: "user", request: () => ({ path: "/history" }), status: 200 },
  {
    endpoint: "GET /history/[id]",
    access: "user",
    request: ({ assessmentId }) => ({ path: `/history/${assessmentId}` }),
    status: 200,
    takesId: true,
  },
  { endpoint: "GET /settings", access: "user", request: () => ({ path: "/settings" }), status: 200 },
  { endpoint: "GET /settings/access", access: "user", request: () => ({ path: "/settings/access" }), status: 200 },
  { endpoint: "GET /compare", access: "user", request: () => ({ path: "/compare" }), status: 200 },
  { endpoint: "GET /roles/new", access: "user", request: () => ({ path: "/roles/new" }), status: 200 },
  { endpoint: "GET /workspaces", access: "user", request: () => ({ path: "/workspaces" }), status: 200 },
  {
    endpoint: "GET /workspaces/[id]",
    access: "user",
    request: ({ workspaceId }) => ({ path: `/workspaces/${workspaceId}` }),
    status: 200,
    takesId: true,
  },
  {
    endpoint: "GET /join/[token]",
    access: "user",
    request: ({ foreignInvitationToken }) => ({ path: `/join/${foreignInvitationToken}` }),
    status: 200,
  },
];

let baseUrl: string;
let owner: { email: string; client: Client };
let other: { email: string; client: Client };
let fixture: Fixture;

test.beforeAll(async ({}, testInfo) => {
  baseUrl = testInfo.project.use.baseURL!;
  owner = await newSeededUser(baseUrl, "owner");
  other = await newSeededUser(baseUrl, "other");
  const saved = await owner.client.send("POST", "/api/v1/assessments", {
    json: {
      ratings: [
        { skill: "statistics", level: 4 },
        { skill: "cloud", level: 1 },
      ],
      note: "the owner's",
    },
  });
  expect(saved.status, saved.text).toBe(201);
  const created = async (path: string, json: unknown) => {
    const reply = await owner.client.send("POST", path, { json });
    expect(reply.status, reply.text).toBe(201);
    const { id, url } = reply.json as { id: string; url: string };
    return { id, token: url.split("/").at(-1)! };
  };
  const shareToRevoke = await created("/api/v1/shares", { expiresInDays: 3, showNotes: false });
  const share = await created("/api/v1/shares", { expiresInDays: 3, showNotes: true });
  const reviewToWithdraw = await created("/api/v1/reviews", { reviewerName: "Withdrawn" });
  const openReview = await created("/api/v1/reviews", { reviewerName: "Open" });
  const answered = await created("/api/v1/reviews", { reviewerName: "Answered" });
  const { skills } = (await owner.client.send("GET", "/api/v1/roles")).json as { skills: { slug: string }[] };
  const answer = await new Client(baseUrl).send("POST", `/api/v1/reviews/${answered.token}/response`, {
    json: { ratings: skills.map(({ slug }) => ({ skill: slug, level: 2 })) },
  });
  expect(answer.status, answer.text).toBe(201);
  const newWorkspace = async (name: string) => {
    const reply = await owner.client.send("POST", "/api/v1/workspaces", { json: { name } });
    expect(reply.status, reply.text).toBe(201);
    return reply.json as { id: string };
  };
  const workspace = await newWorkspace("Owner's cohort");
  const workspaceToDelete = await newWorkspace("To delete");
  const invitationToRevoke = await created(`/api/v1/workspaces/${workspace.id}/invitations`, { role: "member", expiresInDays: 3 });
  const joining = await created(`/api/v1/workspaces/${workspace.id}/invitations`, { role: "member", expiresInDays: 3 });
  const member = await newSeededUser(baseUrl, "member");
  expect((await member.client.send("POST", `/api/v1/invitations/${joining.token}/accept`, { json: { sharing: "levels" } })).status).toBe(
    201,
  );
  const memberId = ((await member.client.send("GET", "/api/v1/me")).json as { id: string }).id;
  const hostWorkspace = await member.client.send("POST", "/api/v1/workspaces", { json: { name: "Member's own" } });
  const foreign = await member.client.send("POST", `/api/v1/workspaces/${(hostWorkspace.json as { id: string }).id}/invitations`, {
    json: { role: "member", expiresInDays: 3 },
  });
  expect(foreign.status, foreign.text).toBe(201);
  fixture = {
    workspaceId: workspace.id,
    workspaceToDelete: workspaceToDelete.id,
    invitationToRevoke: invitationToRevoke.id,
    memberId,
    foreignInvitationToken: (foreign.json as { url: string }).url.split("/").at(-1)!,
    assessmentId: (saved.json as { id: string }).id,
    ownerEmail: owner.email,
    shareToRevoke: shareToRevoke.id,
    shareToken: share.token,
    reviewToWithdraw: reviewToWithdraw.id,
    openReviewToken: openReview.token,
    answeredReview: answered.id,
    answeredReviewToken: answered.token,
  };
});

function send(client: Client, entry: Entry, request: Request): Promise<Reply> {
  const method = entry.endpoint.split(" ")[0]!;
  if (request.form)
    return client.send(method, request.path, {
      body: new URLSearchParams(request.form).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
  return client.send(method, request.path, request.json === undefined ? {} : { json: request.json });
}

/** Everything of the owner's another user might reach: profile, list, the assessment itself. */
async function ownerSnapshot() {
  const replies = await Promise.all(
    ["/api/v1/me", "/api/v1/assessments?limit=100", `/api/v1/assessments/${fixture.assessmentId}`].map((path) =>
      owner.client.send("GET", path),
    ),
  );
  for (const reply of replies) expect(reply.status).toBe(200);
  return replies.map((reply) => reply.json);
}

test("every route and page under app/ has an entry in the matrix", () => {
  const listed = new Set(MATRIX.map((entry) => entry.endpoint));
  const missing = discoveredEndpoints().filter((endpoint) => !listed.has(endpoint));
  expect(missing, "routes without an entry: decide who may call them and add them to MATRIX").toEqual([]);
  const stale = MATRIX.filter((entry) => !discoveredEndpoints().includes(entry.endpoint)).map((entry) => entry.endpoint);
  expect(stale, "entries for routes app/ no longer has").toEqual([]);
});

for (const entry of MATRIX) {
  test(`${entry.endpoint}: ${entry.access === "public" ? "public" : "signed out refused, owner served"}${entry.takesId ? ", another user gets 404" : ""}`, async () => {
    const [, route] = entry.endpoint.split(" ") as [string, string];
    const kind = route.startsWith("/api/") ? "api" : "page";

    // Signed out.
    const anonymous = new Client(baseUrl);
    const request = entry.request(fixture);
    const signedOut = await send(anonymous, entry, request);
    if (entry.access === "public") {
      expect(signedOut.status, signedOut.text.slice(0, 200)).toBe(entry.status);
    } else if (kind === "api") {
      expect(signedOut.status, signedOut.text.slice(0, 200)).toBe(401);
      expect(errorShapeProblem(signedOut.json)).toBeNull();
      expect((signedOut.json as { error: { code: string } }).error.code).toBe("unauthorized");
    } else {
      expect(signedOut.status).toBe(307);
      const location = new URL(signedOut.headers.get("location")!, baseUrl);
      expect(location.pathname).toBe("/signin");
      expect(location.searchParams.get("callbackUrl")).toBe(request.path.split("?")[0]);
    }

    // Signed in as the owner (a throwaway one when the call changes the account).
    const actor = entry.destructive ? await newSeededUser(baseUrl, "throwaway") : owner;
    const ownerReply = await send(actor.client, entry, entry.request({ ...fixture, ownerEmail: actor.email }));
    expect(ownerReply.status, ownerReply.text.slice(0, 300)).toBe(entry.status);

    // Signed in as someone else, with the owner's id.
    if (entry.takesId) {
      const before = await ownerSnapshot();
      const intruder = await send(other.client, entry, request);
      expect(intruder.status, intruder.text.slice(0, 200)).toBe(404);
      if (kind === "api") expect((intruder.json as { error: { code: string } }).error.code).toBe("not_found");
      expect(await ownerSnapshot()).toEqual(before);
    }
  });
}

test("another user's id as the comparison on /history/[id] is a 404 too", async () => {
  const mine = await other.client.send("POST", "/api/v1/assessments", { json: { ratings: [{ skill: "eda", level: 2 }] } });
  expect(mine.status).toBe(201);
  const reply = await other.client.send("GET", `/history/${(mine.json as { id: string }).id}?compare=${fixture.assessmentId}`);
  expect(reply.status).toBe(404);
  expect(reply.text).not.toContain("the owner");
});

test("importing a file that holds another user's assessment id leaves the owner's assessment alone", async () => {
  const before = await ownerSnapshot();
  const stolen = (await owner.client.send("GET", "/api/v1/export")).json as { assessments: unknown[] };
  const reply = await other.client.send("POST", "/api/v1/import", { json: stolen });
  expect(reply.status, reply.text).toBe(200);
  expect(await ownerSnapshot()).toEqual(before);
  const copies = (await other.client.send("GET", "/api/v1/assessments?limit=100")).json as { items: { id: string }[] };
  expect(copies.items.map((item) => item.id)).not.toContain(fixture.assessmentId);
  expect((await other.client.send("GET", `/api/v1/assessments/${fixture.assessmentId}`)).status).toBe(404);
});
