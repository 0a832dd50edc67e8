import { createHmac, randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { encode, type JWT } from "next-auth/jwt";
import { attemptSignIn, Client, errorShapeProblem, newSeededUser, PASSWORD, randomEmail, SESSION_COOKIE, type Reply } from "./support/api";
import { discoverRoutes, discoveredEndpoints } from "./support/routes";
import { E2E_SECRET } from "./support/server";
import { FRAMEWORK_VERSION } from "@/lib/domain/framework";

/**
 * Session tokens the server must refuse, cross-origin
 * writes, and the security headers on every page and API response.
 */
test.describe.configure({ mode: "default" });

let baseUrl: string;
test.beforeAll(({}, testInfo) => {
  baseUrl = testInfo.project.use.baseURL!;
});

const DAY = 24 * 60 * 60 * 1000;

async function me(client: Client) {
  const reply = await client.send("GET", "/api/v1/me");
  expect(reply.status, reply.text).toBe(200);
  return reply.json as { id: string; email: string };
}

function claims(user: { id: string; email: string }, extra: Partial<JWT> = {}): JWT {
  return { sub: user.id, email: user.email, name: null, sessionVersion: 0, sessionId: randomUUID(), authTime: Date.now(), ...extra };
}

const withToken = (token: string) => new Client(baseUrl, `${SESSION_COOKIE}=${token}`);

/** A refused token: the API answers 401 in the error shape, a page sends the visitor to sign in. */
async function expectRefused(token: string) {
  const api = await withToken(token).send("GET", "/api/v1/me");
  expect(api.status, api.text).toBe(401);
  expect((api.json as { error: { code: string } }).error.code).toBe("unauthorized");
  const page = await withToken(token).send("GET", "/settings");
  expect(page.status).toBe(307);
  expect(page.headers.get("location")).toContain("/signin?callbackUrl=%2Fsettings");
}

const base64url = (value: string | Buffer) => Buffer.from(value).toString("base64url");

async function csrfFor(client: Client) {
  const response = await fetch(`${baseUrl}/api/auth/csrf`, { headers: { cookie: client.cookie } });
  const cookie = response.headers
    .getSetCookie()
    .map((entry) => entry.split(";")[0])
    .join("; ");
  return { token: ((await response.json()) as { csrfToken: string }).csrfToken, cookie: `${client.cookie}; ${cookie}` };
}

test.describe("session tokens", () => {
  test("a token minted with the server's secret is accepted (the control for the refusals below)", async () => {
    const { client } = await newSeededUser(baseUrl, "token");
    const user = await me(client);
    const token = await encode({ token: claims(user), secret: E2E_SECRET });
    expect((await withToken(token).send("GET", "/api/v1/me")).status).toBe(200);
  });

  test("a token signed with another secret is refused", async () => {
    const user = await me((await newSeededUser(baseUrl, "token")).client);
    await expectRefused(await encode({ token: claims(user), secret: "another secret altogether, 0123456789abcdef" }));
  });

  test("an expired token is refused", async () => {
    const user = await me((await newSeededUser(baseUrl, "token")).client);
    await expectRefused(await encode({ token: claims(user), secret: E2E_SECRET, maxAge: -60 }));
  });

  test("a token past the 30-day absolute lifetime is refused, however fresh its expiry", async () => {
    const user = await me((await newSeededUser(baseUrl, "token")).client);
    await expectRefused(await encode({ token: claims(user, { authTime: Date.now() - 31 * DAY }), secret: E2E_SECRET }));
  });

  test("a token from before sign-out-everywhere is refused, a real cookie and a minted one alike", async () => {
    const { email, client: first } = await newSeededUser(baseUrl, "token");
    const user = await me(first);
    const second = await attemptSignIn(baseUrl, email, PASSWORD);
    expect((await new Client(baseUrl, second.cookie!).send("POST", "/api/v1/me/sign-out-everywhere")).status).toBe(204);
    await expectRefused(first.cookie.slice(SESSION_COOKIE.length + 1));
    await expectRefused(second.cookie!.slice(SESSION_COOKIE.length + 1));
    await expectRefused(await encode({ token: claims(user, { sessionVersion: 0 }), secret: E2E_SECRET }));
    // Signing in again works, with the new version.
    expect((await attemptSignIn(baseUrl, email, PASSWORD)).cookie).toBeTruthy();
  });

  test("a copy of a signed-out cookie is refused", async () => {
    const { client } = await newSeededUser(baseUrl, "token");
    const { token, cookie } = await csrfFor(client);
    const out = await new Client(baseUrl, cookie).send("POST", "/api/auth/signout", {
      body: new URLSearchParams({ csrfToken: token, json: "true" }).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(out.status).toBe(200);
    await expectRefused(client.cookie.slice(SESSION_COOKIE.length + 1));
  });

  test("forged tokens are refused: tampered, unsigned, HS256-signed, wrong types, a deleted account's, garbage", async () => {
    const { email, client } = await newSeededUser(baseUrl, "token");
    const user = await me(client);
    const real = client.cookie.slice(SESSION_COOKIE.length + 1);
    const parts = real.split(".");
    // Flip one character of the ciphertext, then of the authentication tag.
    for (const index of [3, 4]) {
      const part = parts[index]!;
      const flipped = [...parts];
      flipped[index] = (part[0] === "A" ? "B" : "A") + part.slice(1);
      await expectRefused(flipped.join("."));
    }
    const payload = { ...claims(user), iat: Math.floor(Date.now() / 1000), exp: Math.floor(Date.now() / 1000) + 3600 };
    await expectRefused(`${base64url(JSON.stringify({ alg: "none", typ: "JWT" }))}.${base64url(JSON.stringify(payload))}.`);
    const unsigned = `${base64url(JSON.stringify({ alg: "HS256", typ: "JWT" }))}.${base64url(JSON.stringify(payload))}`;
    await expectRefused(`${unsigned}.${base64url(createHmac("sha256", E2E_SECRET).update(unsigned).digest())}`);
    await expectRefused(await encode({ token: claims(user, { sessionVersion: "0" as unknown as number }), secret: E2E_SECRET }));
    await expectRefused(await encode({ token: claims({ id: "not-a-user", email }), secret: E2E_SECRET }));
    await expectRefused("not-a-token");
    await expectRefused("");
    // The account goes; its still-unexpired token goes with it.
    expect((await client.send("DELETE", "/api/v1/me", { json: { currentPassword: PASSWORD } })).status).toBe(204);
    await expectRefused(real);
  });
});

/** A valid request to each route that changes something, keyed by endpoint; the list of endpoints comes from app/. */
const WRITES: Record<string, (email: string) => { path: string; json?: unknown; form?: Record<string, string> }> = {
  "POST /api/v1/users": () => ({ path: "/api/v1/users", json: { email: randomEmail("cross"), password: PASSWORD } }),
  "POST /api/v1/password-resets": () => ({ path: "/api/v1/password-resets", json: { email: randomEmail("cross") } }),
  "POST /api/v1/password-resets/confirm": () => ({
    path: "/api/v1/password-resets/confirm",
    json: { token: "never-issued", newPassword: "a cross-origin passphrase" },
  }),
  "PATCH /api/v1/me": () => ({ path: "/api/v1/me", json: { name: "Changed Cross-Origin" } }),
  "DELETE /api/v1/me": () => ({ path: "/api/v1/me", json: { currentPassword: PASSWORD } }),
  "POST /api/v1/me/password": () => ({
    path: "/api/v1/me/password",
    json: { currentPassword: PASSWORD, newPassword: "a cross-origin passphrase" },
  }),
  "POST /api/v1/me/sign-out-everywhere": () => ({ path: "/api/v1/me/sign-out-everywhere" }),
  "POST /api/v1/assessments": () => ({ path: "/api/v1/assessments", json: { ratings: [{ skill: "cloud", level: 5 }] } }),
  "POST /api/v1/import": () => ({
    path: "/api/v1/import",
    json: {
      format: "skillgap-export",
      version: 1,
      assessments: [{ id: randomUUID(), createdAt: new Date().toISOString(), frameworkVersion: FRAMEWORK_VERSION, ratings: [] }],
    },
  }),
  "PUT /api/v1/plan": () => ({ path: "/api/v1/plan", json: { items: [{ skill: "mlops", targetLevel: 3 }] } }),
  "POST /api/v1/plan/celebrated": () => ({ path: "/api/v1/plan/celebrated", json: { skills: ["mlops"] } }),
  "PUT /api/v1/reminders": () => ({ path: "/api/v1/reminders", json: { intervalWeeks: 2 } }),
  "POST /api/v1/roles/draft": () => ({ path: "/api/v1/roles/draft", json: { text: "Requirements: strong Python." } }),
  "POST /api/v1/reminders/feed": () => ({ path: "/api/v1/reminders/feed" }),
  "DELETE /api/v1/reminders/feed": () => ({ path: "/api/v1/reminders/feed" }),
  "POST /api/auth/[...nextauth]": () => ({ path: "/api/auth/signout", form: {} }),
  "POST /api/v1/shares": () => ({ path: "/api/v1/shares", json: { expiresInDays: 7, showNotes: false } }),
  "DELETE /api/v1/shares/[id]": () => ({ path: "/api/v1/shares/any-share-id" }),
  "POST /api/v1/reviews": () => ({ path: "/api/v1/reviews", json: { reviewerName: "Cross-Origin Reviewer" } }),
  "DELETE /api/v1/reviews/[id]": () => ({ path: "/api/v1/reviews/any-review-id" }),
  "POST /api/v1/workspaces": () => ({ path: "/api/v1/workspaces", json: { name: "Cross-Origin Cohort" } }),
  "PATCH /api/v1/workspaces/[id]": () => ({ path: "/api/v1/workspaces/any-workspace", json: { name: "Renamed Cross-Origin" } }),
  "DELETE /api/v1/workspaces/[id]": () => ({ path: "/api/v1/workspaces/any-workspace" }),
  "POST /api/v1/workspaces/[id]/invitations": () => ({
    path: "/api/v1/workspaces/any-workspace/invitations",
    json: { role: "member", expiresInDays: 7 },
  }),
  "DELETE /api/v1/workspaces/[id]/invitations/[invitationId]": () => ({ path: "/api/v1/workspaces/any-workspace/invitations/any-id" }),
  "PUT /api/v1/workspaces/[id]/sharing": () => ({ path: "/api/v1/workspaces/any-workspace/sharing", json: { sharing: "levels" } }),
  "PATCH /api/v1/workspaces/[id]/members/[userId]": () => ({
    path: "/api/v1/workspaces/any-workspace/members/any-member",
    json: { role: "coach" },
  }),
  "DELETE /api/v1/workspaces/[id]/members/[userId]": () => ({ path: "/api/v1/workspaces/any-workspace/members/me" }),
  "POST /api/v1/invitations/[token]/accept": () => ({ path: "/api/v1/invitations/any-token/accept", json: { sharing: "levels" } }),
  "POST /api/v1/reviews/[id]/response": () => ({
    path: "/api/v1/reviews/any-token/response",
    json: { ratings: [{ skill: "cloud", level: 5 }] },
  }),
};

test.describe("cross-origin writes", () => {
  test("every route that changes something refuses a foreign Origin with 403, and nothing changes", async () => {
    const writes = discoveredEndpoints().filter((endpoint) => !endpoint.startsWith("GET ") && endpoint.split(" ")[1]!.startsWith("/api/"));
    expect(
      writes.filter((endpoint) => !(endpoint in WRITES)),
      "give new writing routes a request in WRITES",
    ).toEqual([]);

    const { email, client } = await newSeededUser(baseUrl, "cross");
    const snapshot = async () =>
      Promise.all(
        ["/api/v1/me", "/api/v1/export"].map(async (path) => {
          const reply = await client.send("GET", path);
          expect(reply.status, `the session or account did not survive: ${reply.text}`).toBe(200);
          const body = reply.json as { exportedAt?: string };
          delete body.exportedAt;
          return body;
        }),
      );
    const before = await snapshot();
    const signUpEmails: string[] = [];
    for (const endpoint of writes) {
      const [method] = endpoint.split(" ") as [string];
      const request = WRITES[endpoint]!(email);
      if (endpoint === "POST /api/v1/users") signUpEmails.push((request.json as { email: string }).email);
      for (const origin of ["https://evil.example", "null", `http://localhost:${new URL(baseUrl).port}`]) {
        let reply: Reply;
        if (request.form) {
          const { token, cookie } = await csrfFor(client);
          reply = await new Client(baseUrl, cookie).send(method, request.path, {
            body: new URLSearchParams({ ...request.form, csrfToken: token }).toString(),
            headers: { "content-type": "application/x-www-form-urlencoded", origin },
          });
        } else reply = await client.send(method, request.path, { json: request.json, headers: { origin } });
        expect(reply.status, `${endpoint} from ${origin}: ${reply.text.slice(0, 200)}`).toBe(403);
        expect(errorShapeProblem(reply.json)).toBeNull();
        expect((reply.json as { error: { code: string } }).error.code).toBe("forbidden_origin");
      }
    }
    expect(await snapshot()).toEqual(before);
    for (const address of signUpEmails) expect((await attemptSignIn(baseUrl, address, PASSWORD)).cookie).toBeNull();
  });

  test("the same request from the app's own origin goes through (the control)", async () => {
    const { client } = await newSeededUser(baseUrl, "cross");
    const reply = await client.send("PATCH", "/api/v1/me", { json: { name: "Same Origin" }, headers: { origin: baseUrl } });
    expect(reply.status, reply.text).toBe(200);
  });
});

test.describe("security headers", () => {
  const CSP_DIRECTIVES = ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"];

  function headerProblems(reply: Reply, path: string, https = false): string[] {
    const problems: string[] = [];
    const csp = reply.headers.get("content-security-policy") ?? "";
    for (const directive of CSP_DIRECTIVES) if (!csp.split(/;\s*/).includes(directive)) problems.push(`CSP lacks ${directive}`);
    if (!/script-src [^;]*'nonce-[A-Za-z0-9+/=]+'[^;]*'strict-dynamic'/.test(csp))
      problems.push("CSP scripts not by nonce with 'strict-dynamic'");
    if (reply.headers.get("x-content-type-options") !== "nosniff") problems.push("X-Content-Type-Options");
    // The calendar feed's URL is its key: it sends no Referer at all.
    const referrerPolicy = path.startsWith("/api/v1/reminders.ics") ? "no-referrer" : "strict-origin-when-cross-origin";
    if (reply.headers.get("referrer-policy") !== referrerPolicy) problems.push("Referrer-Policy");
    const permissions = reply.headers.get("permissions-policy") ?? "";
    for (const feature of ["camera=()", "microphone=()", "geolocation=()"])
      if (!permissions.includes(feature)) problems.push(`Permissions-Policy lacks ${feature}`);
    const hsts = reply.headers.get("strict-transport-security");
    if (https && !/max-age=31536000/.test(hsts ?? "")) problems.push("no one-year HSTS over HTTPS");
    if (!https && hsts) problems.push("HSTS over plain HTTP");
    return problems;
  }

  test("every page and API route, signed in and out, whatever the answer, carries them", async () => {
    const { client } = await newSeededUser(baseUrl, "headers");
    const saved = await client.send("POST", "/api/v1/assessments", { json: { ratings: [{ skill: "eda", level: 1 }] } });
    const id = (saved.json as { id: string }).id;
    const pathOf = (route: string) => route.replace("[id]", id).replace("[slug]", "ml-engineer").replace("[...nextauth]", "session");
    const requests: { method: string; path: string; json?: unknown; body?: string; headers?: Record<string, string> }[] = [];
    for (const { route, methods } of discoverRoutes()) {
      for (const method of methods) requests.push({ method, path: pathOf(route), json: method === "GET" ? undefined : {} });
    }
    requests.push(
      { method: "GET", path: "/no-such-page" },
      { method: "GET", path: "/api/v1/no-such-route" },
      { method: "GET", path: "/history/no-such-id" },
      { method: "GET", path: "/api/v1/assessments/no-such-id" },
      { method: "GET", path: "/api/v1/assessments/%E0%A4%A" },
      { method: "GET", path: "/roles/%zz" },
      { method: "POST", path: "/api/v1/assessments", json: { ratings: [{ skill: "eda", level: 2 }] } },
      { method: "POST", path: "/api/v1/assessments", body: "{not json", headers: { "content-type": "application/json" } },
      { method: "POST", path: "/api/v1/assessments", body: "x", headers: { "content-type": "text/plain" } },
      { method: "POST", path: "/api/v1/assessments", body: "x".repeat(1024 * 1024 + 1), headers: { "content-type": "application/json" } },
      { method: "POST", path: "/api/v1/assessments", json: { ratings: [] }, headers: { origin: "https://evil.example" } },
      { method: "GET", path: "/api/auth/csrf" },
      { method: "GET", path: "/api/auth/providers" },
    );
    const problems: string[] = [];
    const statuses = new Set<number>();
    for (const who of [new Client(baseUrl), client]) {
      for (const request of requests) {
        // Signed in, that one would end the session the rest of the sweep uses.
        if (who.cookie && request.path === "/api/v1/me/sign-out-everywhere") continue;
        const reply = await who.send(request.method, request.path, { json: request.json, body: request.body, headers: request.headers });
        statuses.add(reply.status);
        for (const problem of headerProblems(reply, request.path))
          problems.push(`${who.cookie ? "signed in" : "signed out"} ${request.method} ${request.path} -> ${reply.status}: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
    // The sweep saw successes, redirects and every kind of refusal.
    for (const status of [200, 201, 307, 400, 401, 403, 404, 413, 415]) expect([...statuses]).toContain(status);
  });

  test("a page's CSP nonce is fresh per response and is the one its scripts carry", async () => {
    const first = await new Client(baseUrl).send("GET", "/roles");
    const second = await new Client(baseUrl).send("GET", "/roles");
    const nonceOf = (reply: Reply) => /'nonce-([^']+)'/.exec(reply.headers.get("content-security-policy") ?? "")?.[1];
    expect(nonceOf(first)).toBeTruthy();
    expect(nonceOf(first)).not.toBe(nonceOf(second));
    const scripts = [...first.text.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonceOf(first)}"`);
  });

  test("over HTTPS (behind a proxy that says so) responses add a one-year HSTS", async () => {
    for (const path of ["/", "/api/v1/roles", "/api/v1/me"]) {
      const reply = await new Client(baseUrl).send("GET", path, { headers: { "x-forwarded-proto": "https" } });
      expect(headerProblems(reply, path, true), `${path} -> ${reply.status}`).toEqual([]);
    }
  });
});
