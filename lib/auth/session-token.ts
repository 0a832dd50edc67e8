import { decode, type JWT } from "next-auth/jwt";
import { cookies } from "next/headers";
import { authOptions } from "./options";

// next-auth names the cookie with the __Secure- prefix when the site is served over HTTPS.
const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/**
 * The session token of this request, decrypted and checked for expiry, or
 * null. Read straight from the cookie: next-auth's getServerSession runs its
 * whole session endpoint per call, re-encrypting a token it then throws away.
 */
export async function readSessionToken(): Promise<JWT | null> {
  const jar = await cookies();
  return decodeSessionToken(SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean));
}

/** The same for a route handler, from the request's own Cookie header (no request-scoped storage needed). */
export function readRequestSessionToken(request: Request): Promise<JWT | null> {
  const jar = new Map(
    (request.headers.get("cookie") ?? "").split(";").map((pair) => {
      const separator = pair.indexOf("=");
      return [pair.slice(0, separator).trim(), pair.slice(separator + 1).trim()] as const;
    }),
  );
  return decodeSessionToken(SESSION_COOKIES.map((name) => jar.get(name)).find(Boolean));
}

async function decodeSessionToken(raw: string | undefined): Promise<JWT | null> {
  if (!raw) return null;
  try {
    return await decode({ token: raw, secret: authOptions.secret! });
  } catch {
    return null; // Forged, tampered, expired or signed with another secret.
  }
}
