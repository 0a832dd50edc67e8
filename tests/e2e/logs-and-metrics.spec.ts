import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { Client, newUser, PASSWORD, randomEmail, SESSION_COOKIE } from "./support/api";
import { createPostgresDatabase } from "../support/postgres";
import { ratingsFor } from "./support/saves";
import { OwnServer, ownPort } from "./support/server";

/**
 * Issue 30, items 3 and 4, on a server of its own: each request is one JSON
 * line on stdout (time, request id, method, route pattern, status, duration,
 * a hash of the user id) with the id in its X-Request-Id answer; the log of a
 * journey (sign-up and sign-in through the API and through the forms, a save,
 * a share link opened by a viewer, an export and an import, pages, sign-out)
 * holds none of its secrets; GET /api/metrics
 * answers Prometheus' text format only to METRICS_TOKEN, 404 otherwise.
 */
test.describe.configure({ mode: "default" });

const METRICS_TOKEN = `metrics-${randomUUID()}`;
const server = new OwnServer(ownPort(26), { trustProxy: true, env: { METRICS_TOKEN, LOG_LEVEL: "info" } });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  await server.start();
});

test.afterAll(async () => {
  await server.kill("SIGTERM");
});

interface RequestLine {
  time: string;
  level: number;
  msg: string;
  reqId: string;
  method: string;
  route: string;
  status: number;
  ms: number;
  user?: string;
}

function logLines(): Record<string, unknown>[] {
  return server.stdout
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

test("one JSON line per request, with the X-Request-Id it answered, and no secret of the journey in the whole log", async ({ browser }) => {
  const { email, client } = await newUser(server.url, "logged");
  const userId = ((await client.send("GET", "/api/v1/me")).json as { id: string }).id;
  const saved = await client.send("POST", "/api/v1/assessments", { json: { ratings: ratingsFor(1, 1), note: "logged save" } });
  expect(saved.status).toBe(201);
  const share = await client.send("POST", "/api/v1/shares", { json: { expiresInDays: 3, showNotes: false } });
  expect(share.status).toBe(201);
  const sharePath = (share.json as { url: string }).url;
  const shareToken = sharePath.split("/").at(-1)!;
  const exported = await client.send("GET", "/api/v1/export");
  expect(exported.status).toBe(200);
  expect(
    (await client.send("POST", "/api/v1/import?dryRun=1", { body: exported.text, headers: { "content-type": "application/json" } })).status,
  ).toBe(200);
  // A viewer opens the share link in a browser: the page, its scripts and styles are logged too.
  const viewer = await browser.newPage();
  await viewer.goto(server.url + sharePath);
  await viewer.close();
  // Someone else signs up and in through the forms, looks around, and signs out.
  const page = await browser.newPage({ baseURL: server.url });
  const formEmail = randomEmail("form");
  await page.goto("/signup");
  await page.getByLabel("Email").fill(formEmail);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/signin\?registered=1/);
  await page.getByLabel("Email").fill(formEmail);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  await page.goto("/history");
  await page.goto("/settings");
  const browserCookie = (await page.context().cookies()).find((cookie) => cookie.name === SESSION_COOKIE)!.value;
  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.close();
  // A request id chosen by a proxy in front is kept; one that does not look like an id is replaced.
  const chosen = `proxy-${randomUUID()}`;
  const kept = await client.send("GET", "/api/v1/dashboard", { headers: { "x-request-id": chosen } });
  expect(kept.headers.get("x-request-id")).toBe(chosen);
  const replaced = await client.send("GET", "/api/v1/dashboard", { headers: { "x-request-id": "<script>" } });
  expect(replaced.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  await new Promise((resolve) => setTimeout(resolve, 300)); // the last lines reach the pipe

  const lines = logLines();
  const requests = lines.filter((line) => line.msg === "request") as unknown as RequestLine[];
  const save = requests.find((line) => line.reqId === saved.headers.get("x-request-id"));
  expect(save).toMatchObject({ level: 30, method: "POST", route: "/api/v1/assessments", status: 201 });
  expect(save!.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  expect(save!.ms).toBeGreaterThan(0);
  expect(save!.user).toMatch(/^[0-9a-f]{16}$/);
  expect(requests.find((line) => line.reqId === chosen)).toMatchObject({ route: "/api/v1/dashboard", status: 200, user: save!.user });
  expect(requests.find((line) => line.route === "/p/[token]")).toMatchObject({ method: "GET", status: 200 });
  expect(requests.filter((line) => line.route === "/_next/static").length).toBeGreaterThan(0);
  expect(requests.find((line) => line.route === "/api/auth/[...nextauth]" && line.method === "POST")).toMatchObject({ status: 200 });
  expect(new Set(requests.map((line) => line.reqId)).size, "one line per request").toBe(requests.length);

  const cookie = client.cookie.split(";")[0]!.split("=").slice(1).join("=");
  const secrets = {
    password: PASSWORD,
    email,
    "form email": formEmail,
    "session cookie": cookie,
    "browser session cookie": browserCookie,
    "share token": shareToken,
    "user id": userId,
  };
  const whole = server.stdout + server.stderr;
  const found = Object.entries(secrets)
    .filter(([, secret]) => whole.includes(secret))
    .map(([name]) => name);
  expect(found, "secrets in the server's log").toEqual([]);
  console.log(`request log: ${requests.length} lines; one: ${JSON.stringify(save)}`);
});

test("GET /api/metrics: 404 without the token or with another, Prometheus' text format with it", async () => {
  const client = new Client(server.url);
  expect((await client.send("GET", "/api/metrics")).status).toBe(404);
  expect((await client.send("GET", "/api/metrics", { headers: { authorization: "Bearer not-the-token-at-all" } })).status).toBe(404);
  expect((await client.send("GET", "/api/metrics", { headers: { authorization: METRICS_TOKEN } })).status).toBe(404);

  const reply = await client.send("GET", "/api/metrics", { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  expect(reply.status).toBe(200);
  expect(reply.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  // Every line a comment (# HELP, # TYPE) or a sample: name{labels} value.
  const samples = new Map<string, number>();
  for (const line of reply.text.split("\n").filter(Boolean)) {
    if (line.startsWith("#")) {
      expect(line).toMatch(/^# (HELP|TYPE) [a-zA-Z_:][\w:]* /);
      continue;
    }
    const match = line.match(/^([a-zA-Z_:][\w:]*(?:\{[^}]*\})?) (-?[\d.e+-]+|NaN|\+Inf)$/);
    expect(match, line).not.toBeNull();
    samples.set(match![1]!, Number(match![2]));
  }
  expect(samples.get('skillgap_http_requests_total{route="/api/v1/assessments",method="POST",status="201"}')).toBeGreaterThanOrEqual(1);
  expect(samples.get('skillgap_http_request_duration_seconds_count{route="/api/v1/assessments",method="POST"}')).toBeGreaterThanOrEqual(1);
  expect(
    samples.get('skillgap_http_request_duration_seconds_bucket{le="+Inf",route="/api/v1/assessments",method="POST"}'),
  ).toBeGreaterThanOrEqual(1);
  expect(samples.get('skillgap_heavy_work_running{work="import"}')).toBe(0);
  expect(samples.get("nodejs_eventloop_lag_seconds")).toBeGreaterThanOrEqual(0);
  expect(samples.get("process_resident_memory_bytes")).toBeGreaterThan(10_000_000);
  expect([...samples.keys()].some((name) => name.startsWith("nodejs_heap_size_used_bytes"))).toBe(true);
  const excerpt = reply.text.split("\n").filter((line) => line.startsWith('skillgap_http_requests_total{route="/api/v1/assessments"'));
  console.log(`metrics excerpt: ${excerpt.join(" | ")}`);
});

test("on PostgreSQL, GET /api/metrics counts the server's pool connections", async () => {
  test.skip(!/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? ""), "runs in npm test's PostgreSQL pass");
  test.setTimeout(120_000);
  const database = await createPostgresDatabase("metrics");
  const onPostgres = new OwnServer(ownPort(27), { databaseUrl: database.url, env: { METRICS_TOKEN } });
  try {
    await onPostgres.start();
    const client = new Client(onPostgres.url);
    expect((await client.send("GET", "/api/v1/roles")).status).toBe(200);
    const reply = await client.send("GET", "/api/metrics", { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(reply.status).toBe(200);
    const gauge = (state: string) =>
      Number(reply.text.match(new RegExp(`^skillgap_db_pool_connections\\{state="${state}"\\} (\\d+)$`, "m"))?.[1]);
    expect(gauge("open")).toBeGreaterThanOrEqual(1);
    expect(gauge("open")).toBeLessThanOrEqual(10);
    expect(gauge("in_use") + gauge("idle")).toBe(gauge("open"));
    expect(gauge("waiting")).toBe(0);
  } finally {
    await onPostgres.kill("SIGTERM");
    await database.drop();
  }
});
