import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { createAccount } from "./support/accounts";
import { Client, newSeededUser } from "./support/api";

/** Redirects after sign-in, revoked sessions at next-auth's endpoint, headers on every HTML page, odd methods. */
let baseUrl: string;
test.beforeAll(({}, testInfo) => {
  baseUrl = testInfo.project.use.baseURL!;
});

// The browser's URL parser drops tabs and newlines and reads "\" as "/": each of these once led off the site.
const OFF_SITE_CALLBACKS = [
  "/%09/evil.example/c",
  "/%0a/evil.example/c",
  "/%0d/evil.example/c",
  "/%09%5C/evil.example/c",
  "/.//evil.example/c",
];

for (const callbackUrl of OFF_SITE_CALLBACKS) {
  test(`signing in with callbackUrl=${callbackUrl}, which the browser would resolve to another site, ends on the dashboard`, async ({
    page,
  }) => {
    await page.route(
      (url) => url.hostname === "evil.example",
      (route) => route.fulfill({ status: 200, body: "off site" }),
    );
    const account = await createAccount();
    await page.goto(`/signin?callbackUrl=${callbackUrl}`);
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${baseUrl}/dashboard`);
  });
}

test("a same-site callback URL is still followed, and a repeated callbackUrl uses the first instead of failing", async ({ page }) => {
  const account = await createAccount();
  const reply = await new Client(baseUrl).send("GET", "/signin?callbackUrl=/a&callbackUrl=/b");
  expect(reply.status).toBe(200);
  await page.goto("/signin?callbackUrl=/history&callbackUrl=/settings");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${baseUrl}/history`);
});

test("next-auth's session endpoint answers a revoked session with {} and does not renew its cookie", async () => {
  const { client } = await newSeededUser(baseUrl, "session-endpoint");
  const live = await client.send("GET", "/api/auth/session");
  expect((live.json as { user?: { id: string } }).user?.id).toBeTruthy();
  expect((await client.send("POST", "/api/v1/me/sign-out-everywhere")).status).toBe(204);
  const revoked = await client.send("GET", "/api/auth/session");
  expect(revoked.status).toBe(200);
  expect(revoked.json).toEqual({});
  expect(
    revoked.headers
      .getSetCookie()
      .filter((cookie) => cookie.startsWith("next-auth.session-token=") && !/Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(cookie)),
  ).toEqual([]);
});

test("paths near the skipped asset paths are answered with the security headers, and no signed-in name leaks without them", async () => {
  const { client } = await newSeededUser(baseUrl, "near-assets");
  for (const path of ["/faviconXico/abc", "/_next/staticfoo", "/_next/imagefoo", "/favicon.icox"]) {
    const reply = await client.send("GET", path);
    expect([path, reply.headers.get("content-security-policy")]).toEqual([path, expect.stringContaining("frame-ancestors 'none'")]);
    expect(reply.headers.get("x-frame-options")).toBe("DENY");
    expect(reply.headers.get("x-content-type-options")).toBe("nosniff");
  }
});

function rawRequest(method: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${baseUrl}${path}`, { method }, (response) => {
      let body = "";
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on("error", reject);
    request.end();
  });
}

test("TRACE gets 405 in the error shape, not a 500", async () => {
  for (const path of ["/api/v1/me", "/dashboard"]) {
    const reply = await rawRequest("TRACE", path);
    expect([path, reply.status]).toEqual([path, 405]);
  }
  expect(JSON.parse((await rawRequest("TRACE", "/api/v1/me")).body).error.code).toBe("method_not_allowed");
});
