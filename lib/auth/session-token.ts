import { decode, type JWT } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { env } from "@/lib/env";
import { authOptions } from "./options";

/**
 * The one cookie next-auth sets, by its own rule: __Secure- prefixed when the
 * site's URL is https (NEXTAUTH_URL, else the request's protocol, which
 * proxy.ts sets unless a trusted proxy does). Over HTTPS the unprefixed name
 * is not read: anyone on the network path can plant it over plain HTTP,
 * while a __Secure- cookie can only be set by a secure origin.
 */
function sessionCookieName(forwardedProto: string | null): string {
  const { NEXTAUTH_URL } = env();
  const https = NEXTAUTH_URL ? NEXTAUTH_URL.startsWith("https://") : forwardedProto === "https";
  return https ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

/**
 * The session token of this request, decrypted and checked for expiry, or
 * null. Read straight from the cookie: next-auth's getServerSession runs its
 * whole session endpoint per call, re-encrypting a token it then throws away.
 */
export async function readSessionToken(): Promise<JWT | null> {
  const [jar, request] = await Promise.all([cookies(), headers()]);
  return decodeSessionToken(jar.get(sessionCookieName(request.get("x-forwarded-proto")))?.value);
}

/** The same for a route handler, from the request's own Cookie header (no request-scoped storage needed). */
export function readRequestSessionToken(request: Request): Promise<JWT | null> {
  const jar = new Map(
    (request.headers.get("cookie") ?? "").split(";").map((pair) => {
      const separator = pair.indexOf("=");
      return [pair.slice(0, separator).trim(), pair.slice(separator + 1).trim()] as const;
    }),
  );
  return decodeSessionToken(jar.get(sessionCookieName(request.headers.get("x-forwarded-proto"))));
}

// A browser sends the same session token with every request until next-auth
// renews it, and decrypting one costs a key derivation (HKDF) and an AES-GCM
// decryption: the most used tokens this process decrypted are kept. Only a
// token that decrypted is kept, it is checked for expiry at each use, and the
// account and session checks against the database still run per request.
const DECODED_TOKENS_KEPT = 2000;
const decodedTokens = new Map<string, JWT>();
// As next-auth's own decode (jose's clockTolerance).
const EXPIRY_TOLERANCE_SECONDS = 15;

function unexpired(token: JWT): boolean {
  return typeof token.exp !== "number" || token.exp + EXPIRY_TOLERANCE_SECONDS > Date.now() / 1000;
}

async function decodeSessionToken(raw: string | undefined): Promise<JWT | null> {
  if (!raw) return null;
  const kept = decodedTokens.get(raw);
  if (kept) {
    decodedTokens.delete(raw); // re-inserted below or dropped: the map stays in order of last use
    if (!unexpired(kept)) return null;
    decodedTokens.set(raw, kept);
    return kept;
  }
  let token: JWT | null;
  try {
    token = await decode({ token: raw, secret: authOptions.secret! });
  } catch {
    return null; // Forged, tampered, expired or signed with another secret.
  }
  if (token) {
    decodedTokens.set(raw, Object.freeze(token));
    if (decodedTokens.size > DECODED_TOKENS_KEPT) decodedTokens.delete(decodedTokens.keys().next().value!);
  }
  return token;
}
