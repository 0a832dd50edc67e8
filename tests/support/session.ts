import { randomUUID } from "node:crypto";
import type { JWT } from "next-auth/jwt";
import { vi } from "vitest";

/**
 * Route handlers read the session token from the request's cookie, which needs
 * a live request. Tests stand in for the cookie: the token they set is what a
 * decrypted cookie would hold, and everything after it (the database check of
 * version, revocation and lifetime) runs for real. The decryption itself is
 * covered by the e2e tests (forged, expired and foreign-secret tokens).
 */
let current: JWT | null = null;

vi.mock("@/lib/auth/session-token", () => ({ readSessionToken: vi.fn(async () => current) }));

export function signInAs(
  user: { id: string; email: string; name?: string | null; sessionVersion?: number },
  overrides: Partial<JWT> = {},
): JWT & { sessionId: string; authTime: number } {
  const token = {
    sub: user.id,
    email: user.email,
    name: user.name ?? null,
    sessionVersion: user.sessionVersion ?? 0,
    sessionId: randomUUID(),
    authTime: Date.now(),
    ...overrides,
  };
  current = token;
  return token;
}

export function signOutOfTests() {
  current = null;
}
