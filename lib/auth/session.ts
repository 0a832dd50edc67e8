import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { unauthorized } from "@/lib/domain/errors";
import { findSessionUser, type SessionUser } from "@/lib/db/users";
import { SESSION_ABSOLUTE_MS } from "./options";
import { readSessionToken } from "./session-token";

export type CurrentUser = Omit<SessionUser, "sessionVersion" | "revoked">;

/**
 * The signed-in user, checked against the database on every call: the
 * account still exists, the token's session version is current (sign out
 * everywhere and a password change bump it), the session was not signed out,
 * and it is younger than the absolute lifetime.
 */
// Memoised per request, so a page and the services it calls check once.
export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  const token = await readSessionToken();
  if (!token?.sub || typeof token.sessionVersion !== "number" || typeof token.sessionId !== "string" || typeof token.authTime !== "number")
    return null;
  if (Date.now() - token.authTime > SESSION_ABSOLUTE_MS) return null;
  const user = await findSessionUser(token.sub, token.sessionId);
  if (!user || user.revoked || user.sessionVersion !== token.sessionVersion) return null;
  const { sessionVersion: _version, revoked: _revoked, ...current } = user;
  return current;
});

/** For services behind the JSON API: the user, or a 401. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) throw unauthorized();
  return user;
}

/** For pages: the user, or a redirect to sign-in that comes back here. */
export async function requirePageUser(path: string): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  return user;
}
