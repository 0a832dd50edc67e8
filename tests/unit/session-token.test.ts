import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { encode } from "next-auth/jwt";

const SECRET = "unit-test-secret-0123456789-abcdefghij";
const jar = new Map<string, string>();

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET = "unit-test-secret-0123456789-abcdefghij";
});
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined) }),
}));

const { readSessionToken } = await import("@/lib/auth/session-token");

const token = () => encode({ token: { sub: "user-1", sessionVersion: 0, sessionId: "s-1", authTime: Date.now() }, secret: SECRET });

beforeEach(() => jar.clear());
afterEach(() => vi.unstubAllEnvs());

test("over HTTPS only the __Secure- prefixed session cookie is read: an unprefixed one (settable over plain HTTP) is ignored", async () => {
  vi.stubEnv("NEXTAUTH_URL", "https://skillgap.example");
  jar.set("next-auth.session-token", await token());
  expect(await readSessionToken()).toBeNull();
  jar.set("__Secure-next-auth.session-token", await token());
  expect(await readSessionToken()).toMatchObject({ sub: "user-1" });
});

test("over plain HTTP the unprefixed cookie next-auth sets there is read", async () => {
  vi.stubEnv("NEXTAUTH_URL", "http://127.0.0.1:3000");
  jar.set("next-auth.session-token", await token());
  expect(await readSessionToken()).toMatchObject({ sub: "user-1" });
});
