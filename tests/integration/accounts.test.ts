import { spawn } from "node:child_process";
import { once } from "node:events";
import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, test, vi } from "vitest";
import { checkedAgainstSchema } from "../support/api-schema";
import { jsonRequest, noContext } from "../support/http";
import { createUser, GOOD_PASSWORD, newClientAddress, signedIn } from "../support/users";
import { POST as postUsersUnchecked } from "@/app/api/v1/users/route";
import { DELETE as deleteMeUnchecked, GET as getMeUnchecked, PATCH as patchMeUnchecked } from "@/app/api/v1/me/route";
import { POST as changePasswordUnchecked } from "@/app/api/v1/me/password/route";
import { POST as signOutEverywhereUnchecked } from "@/app/api/v1/me/sign-out-everywhere/route";
import { authenticate, WRONG_CREDENTIALS } from "@/lib/auth/authenticate";
import { authOptions } from "@/lib/auth/options";
import { clientAddress } from "@/lib/auth/client-address";
import { db, engine } from "@/lib/db/client";
import { sqliteFilePath } from "@/lib/db/sqlite-adapter";
import { SIGN_UP_ACCEPTED } from "@/lib/schemas/account";
import { signUp } from "@/lib/services/sign-up";

const postUsers = checkedAgainstSchema("POST /users", postUsersUnchecked);
const getMe = checkedAgainstSchema("GET /me", getMeUnchecked);
const patchMe = checkedAgainstSchema("PATCH /me", patchMeUnchecked);
const deleteMe = checkedAgainstSchema("DELETE /me", deleteMeUnchecked);
const changePassword = checkedAgainstSchema("POST /me/password", changePasswordUnchecked);
const signOutEverywhere = checkedAgainstSchema("POST /me/sign-out-everywhere", signOutEverywhereUnchecked);

const signUpRequest = (body: unknown) => jsonRequest("/api/v1/users", "POST", body);
const countUsers = () => db.user.count();

afterEach(() => {
  vi.useRealTimers();
});

describe("POST /api/v1/users (sign-up)", () => {
  test("a new email gets 202, an account, and an argon2id hash with the chosen parameters", async () => {
    const response = await postUsers(signUpRequest({ email: "  Ada@Example.TEST ", password: GOOD_PASSWORD, name: "Ada" }), noContext);
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ message: SIGN_UP_ACCEPTED });
    const user = await db.user.findUniqueOrThrow({ where: { email: "ada@example.test" } });
    expect(user.name).toBe("Ada");
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  test("an existing email gets the same status and message, and the account is left as it was", async () => {
    const first = await postUsers(signUpRequest({ email: "grace@example.test", password: GOOD_PASSWORD }), noContext);
    const before = await db.user.findUniqueOrThrow({ where: { email: "grace@example.test" } });
    const again = await postUsers(
      signUpRequest({ email: "GRACE@example.test", password: "another long passphrase", name: "Mallory" }),
      noContext,
    );
    expect(again.status).toBe(first.status);
    expect(await again.json()).toEqual({ message: SIGN_UP_ACCEPTED });
    expect(await db.user.findUniqueOrThrow({ where: { email: "grace@example.test" } })).toEqual(before);
  });

  test.each([
    ["a missing email", { password: GOOD_PASSWORD }, "email"],
    ["an invalid email", { email: "not-an-email", password: GOOD_PASSWORD }, "email"],
    ["a short password", { email: "a@example.test", password: "short" }, "password"],
    ["a 129-character password", { email: "a@example.test", password: "x".repeat(129) }, "password"],
    ["a common password", { email: "a@example.test", password: "password1" }, "password"],
    ["a common password in other case", { email: "a@example.test", password: "BaseBall" }, "password"],
    ["the email as password", { email: "longname@example.test", password: "LongName@example.test" }, "password"],
    ["an unknown field", { email: "a@example.test", password: GOOD_PASSWORD, admin: true }, "admin"],
    ["a name over 100 characters", { email: "a@example.test", password: GOOD_PASSWORD, name: "n".repeat(101) }, "name"],
  ])("%s gets 400 naming the field, and no account", async (_case, body, field) => {
    const before = await countUsers();
    const response = await postUsers(signUpRequest(body), noContext);
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("validation_failed");
    expect(Object.keys(error.fields)).toContain(field);
    expect(await countUsers()).toBe(before);
  });

  test("a password of exactly 8 and of exactly 128 characters is accepted", async () => {
    for (const password of ["zq8#Lmv!", "y".repeat(127) + "z"]) {
      const response = await postUsers(signUpRequest({ email: `len${password.length}@example.test`, password }), noContext);
      expect(response.status).toBe(202);
    }
  });

  test("invalid JSON and the wrong content type are 4xx, never 500", async () => {
    expect((await postUsers(signUpRequest("{not json"), noContext)).status).toBe(400);
    const text = new Request("http://localhost/api/v1/users", {
      method: "POST",
      body: "email=a",
      headers: { "content-type": "text/plain" },
    });
    expect((await postUsers(text, noContext)).status).toBe(415);
  });

  test("a cross-origin POST is refused with 403 and writes nothing", async () => {
    const before = await countUsers();
    const response = await postUsers(
      jsonRequest("/api/v1/users", "POST", { email: "x@example.test", password: GOOD_PASSWORD }, { origin: "https://evil.example" }),
      noContext,
    );
    expect(response.status).toBe(403);
    expect(await countUsers()).toBe(before);
  });
});

describe("sign-in (the credentials check)", () => {
  test("a wrong email and a wrong password get the same message", async () => {
    const user = await createUser();
    await expect(authenticate({ email: "nobody@example.test", password: GOOD_PASSWORD }, "10.0.0.1")).rejects.toThrow(WRONG_CREDENTIALS);
    await expect(authenticate({ email: user.email, password: "wrong password here" }, "10.0.0.1")).rejects.toThrow(WRONG_CREDENTIALS);
    await expect(authenticate({ email: user.email.toUpperCase(), password: GOOD_PASSWORD }, "10.0.0.1")).resolves.toMatchObject({
      id: user.id,
    });
  });

  test("the 11th failure is throttled, a correct password during the block too, and the window's end lifts it", async () => {
    const user = await createUser();
    const start = new Date();
    vi.useFakeTimers({ toFake: ["Date"], now: start });
    for (let attempt = 1; attempt <= 10; attempt++) {
      await expect(authenticate({ email: user.email, password: `wrong-${attempt}-guess` }, "10.0.0.2")).rejects.toThrow(WRONG_CREDENTIALS);
    }
    await expect(authenticate({ email: user.email, password: "eleventh guess!" }, "10.0.0.2")).rejects.toThrow(/Try again in 15 minutes/);
    await expect(authenticate({ email: user.email, password: GOOD_PASSWORD }, "10.0.0.2")).rejects.toThrow(
      /Too many failed sign-in attempts/,
    );
    // Another address is not blocked by this one's failures.
    await expect(authenticate({ email: user.email, password: GOOD_PASSWORD }, "10.0.0.3")).resolves.toMatchObject({ id: user.id });
    vi.setSystemTime(new Date(start.getTime() + 15 * 60_000 + 1_000));
    await expect(authenticate({ email: user.email, password: GOOD_PASSWORD }, "10.0.0.2")).resolves.toMatchObject({ id: user.id });
  });
});

test("the throttle's client address is the last X-Forwarded-For entry: the one Next or a trusted proxy added, not the client's", () => {
  expect(clientAddress({ "x-forwarded-for": "127.0.0.1" })).toBe("127.0.0.1");
  expect(clientAddress({ "x-forwarded-for": "203.0.113.9, 198.51.100.7" })).toBe("198.51.100.7");
  expect(clientAddress({ "x-forwarded-for": ["203.0.113.9", "198.51.100.7"] })).toBe("198.51.100.7");
  expect(clientAddress({})).toBe("unknown");
  expect(clientAddress(undefined)).toBe("unknown");
});

describe("sessions", () => {
  test("a session works until sign-out-everywhere bumps the version", async () => {
    const { headers } = await signedIn(await createUser());
    expect((await getMe(jsonRequest("/api/v1/me", "GET", undefined, headers), noContext)).status).toBe(200);
    expect((await signOutEverywhere(jsonRequest("/api/v1/me/sign-out-everywhere", "POST", undefined, headers), noContext)).status).toBe(
      204,
    );
    const response = await getMe(jsonRequest("/api/v1/me", "GET", undefined, headers), noContext);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: "unauthorized", message: "Sign in to continue." } });
  });

  test("a password change ends sessions issued before it, and needs the current password", async () => {
    const user = await createUser();
    const { headers } = await signedIn(user);
    const wrong = await changePassword(
      jsonRequest("/api/v1/me/password", "POST", { currentPassword: "not my password", newPassword: "a brand new passphrase" }, headers),
      noContext,
    );
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error.fields).toHaveProperty("currentPassword");
    const ok = await changePassword(
      jsonRequest("/api/v1/me/password", "POST", { currentPassword: GOOD_PASSWORD, newPassword: "a brand new passphrase" }, headers),
      noContext,
    );
    expect(ok.status).toBe(204);
    expect((await getMe(jsonRequest("/api/v1/me", "GET", undefined, headers), noContext)).status).toBe(401);
    await expect(authenticate({ email: user.email, password: "a brand new passphrase" }, "10.0.0.4")).resolves.toMatchObject({
      sessionVersion: 1,
    });
  });

  test("a signed-out session's token is refused even if a copy survives", async () => {
    const { token, headers } = await signedIn(await createUser());
    expect((await getMe(jsonRequest("/api/v1/me", "GET", undefined, headers), noContext)).status).toBe(200);
    // next-auth calls this on sign-out with the session's decrypted token (JWT sessions have no session object).
    await authOptions.events!.signOut!({ token, session: undefined as never });
    expect((await getMe(jsonRequest("/api/v1/me", "GET", undefined, headers), noContext)).status).toBe(401);
  });

  test("signing out after the account was deleted revokes nothing and fails nothing", async () => {
    const { token, headers } = await signedIn(await createUser());
    expect((await deleteMe(jsonRequest("/api/v1/me", "DELETE", { currentPassword: GOOD_PASSWORD }, headers), noContext)).status).toBe(204);
    // next-auth's sign-out event, as the browser's sign-out after deletion fires it: it used to throw a foreign-key error.
    await expect(authOptions.events!.signOut!({ token, session: undefined as never })).resolves.toBeUndefined();
    expect(await db.revokedSession.count({ where: { userId: token.sub! } })).toBe(0);
  });

  test("a session older than 30 days is refused whatever its activity", async () => {
    const user = await createUser();
    const { headers } = await signedIn(user, { authTime: Date.now() - 31 * 86_400_000 });
    expect((await getMe(jsonRequest("/api/v1/me", "GET", undefined, headers), noContext)).status).toBe(401);
    const fresh = await signedIn(user, { authTime: Date.now() - 29 * 86_400_000 });
    expect((await getMe(jsonRequest("/api/v1/me", "GET", undefined, fresh.headers), noContext)).status).toBe(200);
  });

  test("a token sealed with another secret is refused", async () => {
    const user = await createUser();
    const forged = await encode({ token: (await signedIn(user)).token, secret: "not the app's secret" });
    const headers = { cookie: `next-auth.session-token=${forged}` };
    expect((await getMe(jsonRequest("/api/v1/me", "GET", undefined, headers), noContext)).status).toBe(401);
  });

  test("signed out, every account route answers 401", async () => {
    for (const [handler, method] of [
      [getMe, "GET"],
      [patchMe, "PATCH"],
      [deleteMe, "DELETE"],
      [changePassword, "POST"],
      [signOutEverywhere, "POST"],
    ] as const) {
      const response = await handler(jsonRequest("/api/v1/me", method, method === "GET" ? undefined : {}), noContext);
      expect(response.status).toBe(401);
    }
  });
});

describe("/api/v1/me", () => {
  test("GET returns the profile; PATCH changes the name", async () => {
    const user = await createUser("Before");
    const { headers } = await signedIn(user);
    const patched = await patchMe(jsonRequest("/api/v1/me", "PATCH", { name: "After" }, headers), noContext);
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ email: user.email, name: "After", targetRole: null, goalReadiness: 1 });
  });

  // Another process (a second server, a CLI) holds SQLite's write lock for a moment. Prisma's
  // better-sqlite3 adapter is synchronous, so the writer must be another process for the lock to be
  // released while the request waits in SQLite's busy handler.
  test.skipIf(engine !== "sqlite")(
    "PATCH of the target role waits for another process's write instead of failing with SQLITE_BUSY",
    async () => {
      const user = await createUser();
      const { headers } = await signedIn(user);
      const writer = spawn(
        process.execPath,
        [
          "-e",
          `const db = require("better-sqlite3")(process.argv[1]);
         db.exec("BEGIN IMMEDIATE");
         console.log("locked");
         setTimeout(() => { db.exec("COMMIT"); db.close(); }, 400);`,
          sqliteFilePath(),
        ],
        { stdio: ["ignore", "pipe", "inherit"] },
      );
      await once(writer.stdout, "data");
      const patched = await patchMe(
        jsonRequest("/api/v1/me", "PATCH", { targetRole: "data-scientist", name: "Waited" }, headers),
        noContext,
      );
      await once(writer, "exit");
      expect(patched.status).toBe(200);
      expect(await patched.json()).toMatchObject({ targetRole: "data-scientist", name: "Waited" });
      const cleared = await patchMe(jsonRequest("/api/v1/me", "PATCH", { targetRole: null }, headers), noContext);
      expect(await cleared.json()).toMatchObject({ targetRole: null, name: "Waited" });
    },
  );

  test("DELETE needs the current password, then removes every row of the user", async () => {
    const user = await createUser();
    const { headers } = await signedIn(user);
    const refused = await deleteMe(jsonRequest("/api/v1/me", "DELETE", { currentPassword: "not my password" }, headers), noContext);
    expect(refused.status).toBe(400);
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);
    const deleted = await deleteMe(jsonRequest("/api/v1/me", "DELETE", { currentPassword: GOOD_PASSWORD }, headers), noContext);
    expect(deleted.status).toBe(204);
    const left = await Promise.all([
      db.user.count({ where: { id: user.id } }),
      db.account.count({ where: { userId: user.id } }),
      db.assessment.count({ where: { userId: user.id } }),
      db.roleReadiness.count({ where: { userId: user.id } }),
      db.idempotencyKey.count({ where: { userId: user.id } }),
      db.revokedSession.count({ where: { userId: user.id } }),
    ]);
    expect(left).toEqual([0, 0, 0, 0, 0, 0]);
    expect((await getMe(jsonRequest("/api/v1/me", "GET", undefined, headers), noContext)).status).toBe(401);
  });

  test("deleting an account clears its sign-in throttle and leaves every other account's alone", async () => {
    // One email is a suffix of the other, as "ann@" is of "joann@": the counters are told apart exactly.
    const [ann, joann] = ["ann@example.test", "joann@example.test"];
    for (const email of [ann, joann]) {
      await signUp({ email, password: GOOD_PASSWORD }, newClientAddress());
      for (let attempt = 1; attempt <= 10; attempt++)
        await authenticate({ email, password: `wrong guess ${attempt}` }, "10.0.0.6").catch(() => {});
      await expect(authenticate({ email, password: GOOD_PASSWORD }, "10.0.0.6")).rejects.toThrow(/Too many failed sign-in attempts/);
    }
    const annUser = await db.user.findUniqueOrThrow({ where: { email: ann } });
    const { headers } = await signedIn(annUser);
    expect((await deleteMe(jsonRequest("/api/v1/me", "DELETE", { currentPassword: GOOD_PASSWORD }, headers), noContext)).status).toBe(204);

    // A new account under the deleted email starts with no failures behind it...
    await signUp({ email: ann, password: GOOD_PASSWORD }, newClientAddress());
    await expect(authenticate({ email: ann, password: GOOD_PASSWORD }, "10.0.0.6")).resolves.toMatchObject({ email: ann });
    // ...while the other account is still blocked on that address.
    await expect(authenticate({ email: joann, password: GOOD_PASSWORD }, "10.0.0.6")).rejects.toThrow(/Too many failed sign-in attempts/);
  });
});

test("deleting an account leaves other accounts' sign-in throttles alone, even when their emails contain its email", async () => {
  const throttled = async (email: string, address: string) => {
    for (let attempt = 1; attempt <= 10; attempt++)
      await authenticate({ email, password: `wrong guess ${attempt}` }, address).catch(() => undefined);
  };
  const deleted = { email: "_@example.net", password: GOOD_PASSWORD };
  await postUsers(signUpRequest(deleted), noContext);
  await postUsers(signUpRequest({ email: "victim3@example.com", password: GOOD_PASSWORD }), noContext);
  const others = ["a@example.net", "bob.victim3@example.com"];
  for (const email of others) await throttled(email, "10.0.0.6");
  await throttled(deleted.email, "10.0.0.6");

  for (const email of [deleted.email, "victim3@example.com"]) {
    const { headers } = await signedIn(await db.user.findUniqueOrThrow({ where: { email } }));
    expect((await deleteMe(jsonRequest("/api/v1/me", "DELETE", { currentPassword: GOOD_PASSWORD }, headers), noContext)).status).toBe(204);
  }
  for (const email of others) {
    await expect(authenticate({ email, password: "an eleventh guess" }, "10.0.0.6")).rejects.toThrow(/Too many failed sign-in attempts/);
  }
});

describe("lock-out: failures spread over many addresses", () => {
  test("100 failures from 10 addresses block new addresses for an hour, but not an address the owner has signed in from", async () => {
    const user = await createUser();
    await expect(authenticate({ email: user.email, password: GOOD_PASSWORD }, "10.1.0.1")).resolves.toMatchObject({ id: user.id });
    for (let host = 1; host <= 10; host++) {
      for (let attempt = 1; attempt <= 10; attempt++) {
        await expect(authenticate({ email: user.email, password: `guess ${host}-${attempt}` }, `10.2.0.${host}`)).rejects.toThrow(
          WRONG_CREDENTIALS,
        );
      }
    }
    // Brute force stays as hard: an address the account has never seen is refused, even with the right password.
    await expect(authenticate({ email: user.email, password: "a guess from elsewhere" }, "10.3.0.1")).rejects.toThrow(/Try again in/);
    await expect(authenticate({ email: user.email, password: GOOD_PASSWORD }, "10.3.0.2")).rejects.toThrow(/Try again in/);
    // The owner's way in survives.
    await expect(authenticate({ email: user.email, password: GOOD_PASSWORD }, "10.1.0.1")).resolves.toMatchObject({ id: user.id });
  });
});

test("a failed sign-in's counter is removed once its window has ended", async () => {
  const start = new Date();
  vi.useFakeTimers({ toFake: ["Date"], now: start });
  await authenticate({ email: "nobody-here@example.test", password: "a wrong password" }, "10.4.0.1").catch(() => undefined);
  const keysOfNobody = () => db.rateLimiterFlexible.count({ where: { key: { endsWith: "nobody-here@example.test" } } });
  expect(await keysOfNobody()).toBe(1);
  vi.setSystemTime(new Date(start.getTime() + 61 * 60_000));
  await authenticate({ email: "someone-else@example.test", password: "a wrong password" }, "10.4.0.2").catch(() => undefined);
  expect(await db.rateLimiterFlexible.count({ where: { key: { contains: "nobody-here@example.test" } } })).toBe(0);
  expect(await keysOfNobody()).toBe(0);
});
