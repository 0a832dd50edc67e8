import { afterEach, expect, test, vi } from "vitest";
import { encode } from "next-auth/jwt";

const SECRET = "unit-test-secret-0123456789-abcdefghij";

/** A route handler's view of a request carrying these cookies, through a fresh module (lib/env.ts keeps the environment it first read). */
async function readWith(nextAuthUrl: string, cookies: Record<string, string>) {
  vi.resetModules();
  vi.stubEnv("NEXTAUTH_SECRET", SECRET);
  vi.stubEnv("NEXTAUTH_URL", nextAuthUrl);
  const { readRequestSessionToken } = await import("@/lib/auth/session-token");
  const cookie = Object.entries(cookies)
    .map(([name, value]) => `${name}=${value}`)
    .join("; ");
  return readRequestSessionToken(new Request("http://localhost/api/v1/me", { headers: { cookie } }));
}

const token = () => encode({ token: { sub: "user-1", sessionVersion: 0, sessionId: "s-1", authTime: Date.now() }, secret: SECRET });

afterEach(() => vi.unstubAllEnvs());

test("over HTTPS only the __Secure- prefixed session cookie is read: an unprefixed one (settable over plain HTTP) is ignored", async () => {
  expect(await readWith("https://skillgap.example", { "next-auth.session-token": await token() })).toBeNull();
  expect(await readWith("https://skillgap.example", { "__Secure-next-auth.session-token": await token() })).toMatchObject({
    sub: "user-1",
  });
});

test("over plain HTTP the unprefixed cookie next-auth sets there is read", async () => {
  expect(await readWith("http://127.0.0.1:3000", { "next-auth.session-token": await token() })).toMatchObject({ sub: "user-1" });
});
