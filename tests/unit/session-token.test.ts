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

test("a session token read before is refused once it has expired, as next-auth's own check would", async () => {
  vi.useFakeTimers({ toFake: ["Date"] });
  try {
    vi.setSystemTime(new Date("2026-11-28T10:00:00Z"));
    const raw = await encode({
      token: { sub: "user-1", sessionVersion: 0, sessionId: "s-1", authTime: Date.now() },
      secret: SECRET,
      maxAge: 60,
    });
    vi.resetModules();
    vi.stubEnv("NEXTAUTH_SECRET", SECRET);
    vi.stubEnv("NEXTAUTH_URL", "http://127.0.0.1:3000");
    const { readRequestSessionToken } = await import("@/lib/auth/session-token");
    const read = () =>
      readRequestSessionToken(new Request("http://localhost/api/v1/me", { headers: { cookie: `next-auth.session-token=${raw}` } }));
    expect(await read()).toMatchObject({ sub: "user-1" });
    expect(await read()).toMatchObject({ sub: "user-1" });
    vi.setSystemTime(new Date("2026-11-28T10:01:30Z")); // past the expiry and its 15 s tolerance
    expect(await read()).toBeNull();
  } finally {
    vi.useRealTimers();
  }
});
