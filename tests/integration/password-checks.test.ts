import { afterEach, describe, expect, test, vi } from "vitest";
import { checkedAgainstSchema } from "../support/api-schema";
import { jsonRequest, noContext } from "../support/http";
import { createUser, GOOD_PASSWORD, signedIn } from "../support/users";
import { DELETE as deleteMeUnchecked, GET as getMeUnchecked } from "@/app/api/v1/me/route";
import { POST as changePasswordUnchecked } from "@/app/api/v1/me/password/route";
import { db } from "@/lib/db/client";
import { findOrCreateOAuthUser } from "@/lib/db/users";

const getMe = checkedAgainstSchema("GET /me", getMeUnchecked);
const deleteMe = checkedAgainstSchema("DELETE /me", deleteMeUnchecked);
const changePassword = checkedAgainstSchema("POST /me/password", changePasswordUnchecked);

const NEW_PASSWORD = "a brand new passphrase";
const MINUTE_MS = 60_000;

afterEach(() => {
  vi.useRealTimers();
});

const change = (headers: { cookie: string }, currentPassword: string) =>
  changePassword(jsonRequest("/api/v1/me/password", "POST", { currentPassword, newPassword: NEW_PASSWORD }, headers), noContext);
const remove = (headers: { cookie: string }, body: unknown) => deleteMe(jsonRequest("/api/v1/me", "DELETE", body, headers), noContext);

async function tenWrongPasswords(attempt: (password: string) => Promise<Response>) {
  for (let guess = 1; guess <= 10; guess++) {
    const response = await attempt(`wrong guess number ${guess}`);
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toHaveProperty("currentPassword");
  }
}

describe("POST /api/v1/me/password is throttled like sign-in", () => {
  test("after 10 wrong current passwords even the right one gets 429 with Retry-After, until the 15 minutes are over", async () => {
    const user = await createUser();
    const { headers } = await signedIn(user);
    const start = new Date();
    vi.useFakeTimers({ toFake: ["Date"], now: start });
    await tenWrongPasswords((password) => change(headers, password));

    const throttled = await change(headers, GOOD_PASSWORD);
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get("retry-after"))).toBeGreaterThan(14 * 60);
    expect((await throttled.json()).error.message).toMatch(/Try again in 15 minutes/);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(0);

    vi.setSystemTime(new Date(start.getTime() + 15 * MINUTE_MS + 1_000));
    expect((await change(headers, GOOD_PASSWORD)).status).toBe(204);
  });

  test("the right current password resets the count", async () => {
    const user = await createUser();
    const { headers } = await signedIn(user);
    for (let guess = 1; guess <= 9; guess++) expect((await change(headers, `wrong guess ${guess}`)).status).toBe(400);
    expect((await change(headers, GOOD_PASSWORD)).status).toBe(204);
    const again = await signedIn(await db.user.findUniqueOrThrow({ where: { id: user.id } }));
    for (let guess = 1; guess <= 9; guess++) expect((await change(again.headers, `wrong guess ${guess}`)).status).toBe(400);
    expect((await change(again.headers, NEW_PASSWORD.replace("new", "newer"))).status).toBe(400);
  });
});

describe("DELETE /api/v1/me asks for the current password", () => {
  test("without it, or with a wrong one, the account stays; with it, the account goes", async () => {
    const user = await createUser();
    const { headers } = await signedIn(user);
    const missing = await remove(headers, {});
    expect(missing.status).toBe(400);
    expect((await missing.json()).error.fields).toHaveProperty("currentPassword");
    const wrong = await remove(headers, { currentPassword: "not my password" });
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error.fields).toHaveProperty("currentPassword");
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);

    expect((await remove(headers, { currentPassword: GOOD_PASSWORD })).status).toBe(204);
    expect(await db.user.count({ where: { id: user.id } })).toBe(0);
    expect((await getMe(jsonRequest("/api/v1/me", "GET", undefined, headers), noContext)).status).toBe(401);
  });

  test("shares the password-change throttle: 10 wrong passwords anywhere, then even the right one is 429", async () => {
    const user = await createUser();
    const { headers } = await signedIn(user);
    for (let guess = 1; guess <= 5; guess++) expect((await change(headers, `wrong guess ${guess}`)).status).toBe(400);
    for (let guess = 6; guess <= 10; guess++) expect((await remove(headers, { currentPassword: `wrong guess ${guess}` })).status).toBe(400);
    const throttled = await remove(headers, { currentPassword: GOOD_PASSWORD });
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);
  });

  test("an account without a password must have signed in within the last 10 minutes", async () => {
    const oauthUser = (await findOrCreateOAuthUser({
      email: "oauth-only@example.test",
      name: "OAuth only",
      provider: "github",
      providerAccountId: "4242",
      type: "oauth",
    }))!;
    const stale = await signedIn(oauthUser, { authTime: Date.now() - 11 * MINUTE_MS });
    const refused = await remove(stale.headers, {});
    expect(refused.status).toBe(403);
    const { error } = await refused.json();
    expect(error.code).toBe("recent_sign_in_required");
    expect(error.message).toMatch(/sign in again/i);
    expect(await db.user.count({ where: { id: oauthUser.id } })).toBe(1);

    const fresh = await signedIn(oauthUser, { authTime: Date.now() - 2 * MINUTE_MS });
    expect((await remove(fresh.headers, {})).status).toBe(204);
    expect(await db.user.count({ where: { id: oauthUser.id } })).toBe(0);
  });
});
