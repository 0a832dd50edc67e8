import { decode, type JWT } from "next-auth/jwt";
import { cookies } from "next/headers";
import { authOptions, usesSecureCookies } from "./options";

/**
 * The one cookie next-auth sets. Over HTTPS the unprefixed name is not read:
 * anyone on the network path can plant it over plain HTTP, while a __Secure-
 * cookie can only be set by a secure origin.
 */
function sessionCookieName(): string {
  return usesSecureCookies() ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

/**
 * The session token of this request, decrypted and checked for expiry, or
 * null. Read straight from the cookie: next-auth's getServerSession runs its
 * whole session endpoint per call, re-encrypting a token it then throws away.
 */
export async function readSessionToken(): Promise<JWT | null> {
  const jar = await cookies();
  const raw = jar.get(sessionCookieName())?.value;
  if (!raw) return null;
  try {
    return await decode({ token: raw, secret: authOptions.secret! });
  } catch {
    return null; // Forged, tampered, expired or signed with another secret.
  }
}
