import { randomUUID } from "node:crypto";
import type { Session } from "next-auth";
import { vi } from "vitest";

/**
 * Route handlers read the session through next-auth's getServerSession, which
 * needs a live request. Tests stand in for the cookie: the session they set
 * is what a decoded token would hold, and everything after it (the database
 * check of version, revocation and lifetime) runs for real.
 */
let current: Session | null = null;

vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: vi.fn(async () => current),
}));

export function signInAs(user: { id: string; email: string; name?: string | null; sessionVersion?: number }, overrides: Partial<Session> = {}): Session {
  current = {
    user: { id: user.id, email: user.email, name: user.name ?? null },
    sessionVersion: user.sessionVersion ?? 0,
    sessionId: randomUUID(),
    authTime: Date.now(),
    expires: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    ...overrides,
  };
  return current;
}

export function signOutOfTests() {
  current = null;
}
