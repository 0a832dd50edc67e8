import { createHash } from "node:crypto";
import { afterEach, describe, expect, test, vi } from "vitest";
import { checkedAgainstSchema } from "../support/api-schema";
import { jsonRequest, noContext } from "../support/http";
import { createUser, GOOD_PASSWORD, signedIn } from "../support/users";
import { POST as requestResetUnchecked } from "@/app/api/v1/password-resets/route";
import { POST as confirmResetUnchecked } from "@/app/api/v1/password-resets/confirm/route";
import { GET as getMeUnchecked } from "@/app/api/v1/me/route";
import { POST as changePasswordUnchecked } from "@/app/api/v1/me/password/route";
import { POST as signOutEverywhereUnchecked } from "@/app/api/v1/me/sign-out-everywhere/route";
import { authenticate, WRONG_CREDENTIALS } from "@/lib/auth/authenticate";
import { db } from "@/lib/db/client";
import { PASSWORD_RESET_REQUESTED } from "@/lib/schemas/password-reset";

const requestReset = checkedAgainstSchema("POST /password-resets", requestResetUnchecked);
const confirmReset = checkedAgainstSchema("POST /password-resets/confirm", confirmResetUnchecked);
const getMe = checkedAgainstSchema("GET /me", getMeUnchecked);
const changePassword = checkedAgainstSchema("POST /me/password", changePasswordUnchecked);
const signOutEverywhere = checkedAgainstSchema("POST /me/sign-out-everywhere", signOutEverywhereUnchecked);

const NEW_PASSWORD = "a freshly chosen passphrase";
const MINUTE_MS = 60_000;

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Asks for a reset as a client at `address`; the link the server logged (no SMTP_URL in tests), if any. */
async function askForReset(email: string, address = "198.51.100.1", url = "http://localhost/api/v1/password-resets") {
  const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
  const request = new Request(url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": address },
    body: JSON.stringify({ email }),
  });
  const response = await requestReset(request, noContext);
  const lines = log.mock.calls.map((call) => call.join(" ")).filter((line) => line.includes("/reset-password?token="));
  log.mockRestore();
  const link = lines[0]?.match(/(\S*)\/reset-password\?token=([A-Za-z0-9_-]+)/);
  return { response, lines, origin: link?.[1], token: link?.[2] };
}

const confirm = (body: unknown) => confirmReset(jsonRequest("/api/v1/password-resets/confirm", "POST", body), noContext);

async function errorFields(response: Response) {
  return Object.keys((await response.json()).error.fields ?? {});
}

describe("POST /api/v1/password-resets", () => {
  test("a known and an unknown email get the same 202 and body; only the known one gets a token, stored as its SHA-256", async () => {
    const user = await createUser();
    const unknown = await askForReset("nobody-here@example.test");
    expect(unknown.response.status).toBe(202);
    expect(await unknown.response.json()).toEqual({ message: PASSWORD_RESET_REQUESTED });
    expect(unknown.lines).toEqual([]);
    expect(await db.passwordReset.count()).toBe(0);

    const before = Date.now();
    const known = await askForReset(user.email.toUpperCase());
    expect(known.response.status).toBe(202);
    expect(await known.response.json()).toEqual({ message: PASSWORD_RESET_REQUESTED });
    expect(known.lines).toHaveLength(1);
    expect(known.origin).toBe("http://localhost");
    expect(known.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [row] = await db.passwordReset.findMany();
    expect(row).toMatchObject({ userId: user.id, usedAt: null, tokenHash: createHash("sha256").update(known.token!).digest("hex") });
    expect(row!.expiresAt.getTime() - before).toBeGreaterThanOrEqual(30 * MINUTE_MS - 1_000);
    expect(row!.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(30 * MINUTE_MS);
    expect(JSON.stringify(await db.passwordReset.findMany())).not.toContain(known.token);
  });

  test("a forged Host header never becomes the link's origin (no NEXTAUTH_URL: only a loopback origin is used)", async () => {
    const user = await createUser();
    const forged = await askForReset(user.email, "198.51.100.2", "http://evil.example/api/v1/password-resets");
    expect(forged.response.status).toBe(202);
    expect(forged.lines).toHaveLength(1);
    expect(forged.lines[0]).not.toContain("evil.example");
    expect(forged.origin).toBe("");
  });

  test("throttled per email: the 4th request in an hour is a 429 with Retry-After and writes no token", async () => {
    const user = await createUser();
    for (let request = 1; request <= 3; request++)
      expect((await askForReset(user.email, `198.51.100.${10 + request}`)).response.status).toBe(202);
    const throttled = await askForReset(user.email, "198.51.100.20");
    expect(throttled.response.status).toBe(429);
    expect(Number(throttled.response.headers.get("retry-after"))).toBeGreaterThan(59 * 60);
    expect(throttled.lines).toEqual([]);
    expect(await db.passwordReset.count({ where: { userId: user.id } })).toBe(3);
    // An unknown email is throttled just the same, so a 429 tells nothing either.
    for (let request = 1; request <= 3; request++) await askForReset("ghost@example.test", `198.51.100.${30 + request}`);
    expect((await askForReset("ghost@example.test", "198.51.100.40")).response.status).toBe(429);
  });

  test("strangers asking for the owner's email cannot block the owner: an address the owner signed in from has its own budget", async () => {
    const user = await createUser();
    const ownersAddress = "192.0.2.7";
    await authenticate({ email: user.email, password: GOOD_PASSWORD }, ownersAddress);
    for (let request = 1; request <= 3; request++) await askForReset(user.email, `203.0.113.${60 + request}`);
    expect((await askForReset(user.email, "203.0.113.70")).response.status).toBe(429);

    const owners = await askForReset(user.email, ownersAddress);
    expect(owners.response.status).toBe(202);
    expect(owners.token).toBeTruthy();
    // Its own budget is no larger than a stranger's.
    for (let request = 2; request <= 3; request++) expect((await askForReset(user.email, ownersAddress)).response.status).toBe(202);
    expect((await askForReset(user.email, ownersAddress)).response.status).toBe(429);
  });

  test("throttled per client address: the 11th request in an hour from one address is a 429, whatever the emails", async () => {
    for (let request = 1; request <= 10; request++) {
      expect((await askForReset(`someone-${request}@example.test`, "203.0.113.50")).response.status).toBe(202);
    }
    const throttled = await askForReset("someone-11@example.test", "203.0.113.50");
    expect(throttled.response.status).toBe(429);
    expect(throttled.response.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await askForReset("someone-11@example.test", "203.0.113.51")).response.status).toBe(202);
  });

  test("a bad email is a 400 naming email", async () => {
    const response = await requestReset(jsonRequest("/api/v1/password-resets", "POST", { email: "not-an-email" }), noContext);
    expect(response.status).toBe(400);
    expect(await errorFields(response)).toEqual(["email"]);
  });
});

describe("POST /api/v1/password-resets/confirm", () => {
  test("sets the password, ends every session, uses the token up and verifies the email", async () => {
    const user = await createUser();
    const { headers } = await signedIn(user);
    const { token } = await askForReset(user.email);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerified).toBeNull();

    expect((await confirm({ token, newPassword: NEW_PASSWORD })).status).toBe(204);
    expect((await getMe(jsonRequest("/api/v1/me", "GET", undefined, headers), noContext)).status).toBe(401);
    await expect(authenticate({ email: user.email, password: GOOD_PASSWORD }, "10.9.0.1")).rejects.toThrow(WRONG_CREDENTIALS);
    await expect(authenticate({ email: user.email, password: NEW_PASSWORD }, "10.9.0.1")).resolves.toMatchObject({ id: user.id });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(after.emailVerified).toBeInstanceOf(Date);

    const again = await confirm({ token, newPassword: "yet another passphrase" });
    expect(again.status).toBe(400);
    expect(await errorFields(again)).toEqual(["token"]);
    await expect(authenticate({ email: user.email, password: NEW_PASSWORD }, "10.9.0.1")).resolves.toMatchObject({ id: user.id });
  });

  test("using one link uses up the account's other outstanding links", async () => {
    const user = await createUser();
    const first = await askForReset(user.email, "198.51.100.60");
    const second = await askForReset(user.email, "198.51.100.61");
    expect((await confirm({ token: second.token, newPassword: NEW_PASSWORD })).status).toBe(204);
    const stale = await confirm({ token: first.token, newPassword: "yet another passphrase" });
    expect(stale.status).toBe(400);
    expect(await errorFields(stale)).toEqual(["token"]);
  });

  test("a link older than 30 minutes is refused, naming token, and the password stays", async () => {
    const user = await createUser();
    const start = new Date();
    vi.useFakeTimers({ toFake: ["Date"], now: start });
    const { token } = await askForReset(user.email);
    vi.setSystemTime(new Date(start.getTime() + 30 * MINUTE_MS + 1_000));
    const expired = await confirm({ token, newPassword: NEW_PASSWORD });
    expect(expired.status).toBe(400);
    expect(await errorFields(expired)).toEqual(["token"]);
    await expect(authenticate({ email: user.email, password: GOOD_PASSWORD }, "10.9.0.2")).resolves.toMatchObject({ id: user.id });
  });

  test("an unknown token is a 400 naming token", async () => {
    const response = await confirm({ token: "A".repeat(43), newPassword: NEW_PASSWORD });
    expect(response.status).toBe(400);
    expect(await errorFields(response)).toEqual(["token"]);
  });

  test.each([
    ["too short", "short"],
    ["too long", "x".repeat(129)],
    ["a common password", "password1"],
  ])("a new password %s is a 400 naming newPassword, and the link still works after", async (_case, newPassword) => {
    const user = await createUser();
    const { token } = await askForReset(user.email, `198.51.100.${70 + (newPassword.length % 50)}`);
    const refused = await confirm({ token, newPassword });
    expect(refused.status).toBe(400);
    expect(await errorFields(refused)).toEqual(["newPassword"]);
    expect(await db.passwordReset.count({ where: { userId: user.id, usedAt: null } })).toBe(1);
    expect((await confirm({ token, newPassword: NEW_PASSWORD })).status).toBe(204);
  });

  test("the account's email as the new password is a 400 naming newPassword", async () => {
    const user = await createUser();
    const { token } = await askForReset(user.email, "198.51.100.90");
    const refused = await confirm({ token, newPassword: user.email.toUpperCase() });
    expect(refused.status).toBe(400);
    expect(await errorFields(refused)).toEqual(["newPassword"]);
  });

  test.each([
    ["a password change", "/api/v1/me/password", { currentPassword: GOOD_PASSWORD, newPassword: NEW_PASSWORD }, changePassword],
    ["a sign-out everywhere", "/api/v1/me/sign-out-everywhere", undefined, signOutEverywhere],
  ] as const)("a link asked for before %s no longer works after it", async (_, path, body, route) => {
    const user = await createUser();
    const { token } = await askForReset(user.email, "198.51.100.120");
    const { headers } = await signedIn(user);
    expect((await route(jsonRequest(path, "POST", body, headers), noContext)).status).toBe(204);
    const late = await confirm({ token, newPassword: "an intruder's own passphrase" });
    expect(late.status).toBe(400);
    expect(await errorFields(late)).toEqual(["token"]);
    await expect(authenticate({ email: user.email, password: "an intruder's own passphrase" }, "198.51.100.121")).rejects.toThrow(
      WRONG_CREDENTIALS,
    );
  });

  test("the reset forgives the account's sign-in failures, from every address", async () => {
    const user = await createUser();
    for (const address of ["10.8.0.1", "10.8.0.2"]) {
      for (let guess = 1; guess <= 10; guess++)
        await authenticate({ email: user.email, password: `guess ${guess}!` }, address).catch(() => {});
      await expect(authenticate({ email: user.email, password: GOOD_PASSWORD }, address)).rejects.toThrow(
        /Too many failed sign-in attempts/,
      );
    }
    const { token } = await askForReset(user.email, "198.51.100.91");
    expect((await confirm({ token, newPassword: NEW_PASSWORD })).status).toBe(204);
    for (const address of ["10.8.0.1", "10.8.0.2"]) {
      await expect(authenticate({ email: user.email, password: NEW_PASSWORD }, address)).resolves.toMatchObject({ id: user.id });
    }
  });
});
