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
  const raw = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  if (!raw) return null;
  try {
    return await decode({ token: raw, secret: authOptions.secret! });
  } catch {
    return null; // Forged, tampered, expired or signed with another secret.
  }
}
