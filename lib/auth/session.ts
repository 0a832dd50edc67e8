import "server-only";
import type { JWT } from "next-auth/jwt";
import { redirect } from "next/navigation";
import { cache } from "react";
import { findSessionUser, type SessionUser } from "@/lib/db/users";
import { SESSION_ABSOLUTE_MS } from "./options";
import { readRequestSessionToken, readSessionToken } from "./session-token";

export type CurrentUser = Omit<SessionUser, "sessionVersion" | "revoked">;
/** The user with the time (ms since the epoch) this session signed in, for actions that need a recent sign-in. */
export type SignedInUser = CurrentUser & { authTime: number };

/**
 * The user a session token stands for, checked against the database every
 * time: the account still exists, the token's session version is current
 * (sign out everywhere and a password change bump it), the session was not
 * signed out, and it is younger than the absolute lifetime.
 */
async function userForToken(token: JWT | null): Promise<SignedInUser | null> {
  if (!token?.sub || typeof token.sessionVersion !== "number" || typeof token.sessionId !== "string" || typeof token.authTime !== "number")
    return null;
  if (Date.now() - token.authTime > SESSION_ABSOLUTE_MS) return null;
  const user = await findSessionUser(token.sub, token.sessionId);
  if (!user || user.revoked || user.sessionVersion !== token.sessionVersion) return null;
  const { sessionVersion: _version, revoked: _revoked, ...current } = user;
  return { ...current, authTime: token.authTime };
}

/** For pages and layouts: the signed-in user, memoised per request so the layout and the page check once. */
export const currentUser = cache(async (): Promise<SignedInUser | null> => userForToken(await readSessionToken()));

/** For route handlers (through lib/http's `authed`): the user the request's session cookie stands for. */
export async function requestUser(request: Request): Promise<SignedInUser | null> {
  return userForToken(await readRequestSessionToken(request));
}

/** For pages: the user, or a redirect to sign-in that comes back here. */
export async function requirePageUser(path: string): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  return user;
}
