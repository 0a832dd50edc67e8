import { randomUUID } from "node:crypto";
import { encode, type JWT } from "next-auth/jwt";
import { jsonRequest } from "./http";
import { passwordHashOf } from "./password-hash";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db/client";
import { createUserUnlessExists } from "@/lib/db/users";

export const GOOD_PASSWORD = "a long and unusual passphrase";

const userSelect = {
  id: true,
  email: true,
  name: true,
  sessionVersion: true,
  targetRoleSlug: true,
  goalDate: true,
  goalReadiness: true,
} as const;

/** A client address of its own, so accounts made for a test never spend another's sign-up throttle. */
export const newClientAddress = () => `test-client-${randomUUID()}`;

/** A new account with a random email and GOOD_PASSWORD, stored as sign-up stores it, as a session would resolve it. */
export async function createUser(name = "Test user") {
  const email = `user-${randomUUID()}@example.test`;
  await createUserUnlessExists({ email, name, passwordHash: await passwordHashOf(GOOD_PASSWORD) });
  return db.user.findUniqueOrThrow({ where: { email }, select: userSelect });
}

export type TestUser = Awaited<ReturnType<typeof createUser>>;

/** The user as stored now (after a change to the name, target or goal). */
export function reloadUser(user: { id: string }): Promise<TestUser> {
  return db.user.findUniqueOrThrow({ where: { id: user.id }, select: userSelect });
}

/**
 * The Cookie header of a browser signed in as this user: a session token
 * encrypted with the app's secret and the claims a real sign-in puts there,
 * so the route handler decrypts it and checks it against the database for real.
 */
export async function signedIn(
  user: { id: string; email: string; name?: string | null; sessionVersion?: number },
  overrides: Partial<JWT> = {},
): Promise<{ token: JWT & { sessionId: string; authTime: number }; headers: { cookie: string } }> {
  const token = {
    sub: user.id,
    email: user.email,
    name: user.name ?? null,
    sessionVersion: user.sessionVersion ?? 0,
    sessionId: randomUUID(),
    authTime: Date.now(),
    ...overrides,
  };
  const cookie = await encode({ token, secret: authOptions.secret! });
  return { token, headers: { cookie: `next-auth.session-token=${cookie}` } };
}

/**
 * The browser route-handler tests send requests from: signed in as one user
 * at a time (their session cookie goes with every request), or signed out.
 */
export function testBrowser() {
  let cookie: Record<string, string> = {};
  return {
    async signInAs(user: { id: string; email: string; name?: string | null; sessionVersion?: number }) {
      cookie = (await signedIn(user)).headers;
    },
    signOut() {
      cookie = {};
    },
    request: (path: string, method: string, body?: unknown) => jsonRequest(path, method, body, cookie),
  };
}
