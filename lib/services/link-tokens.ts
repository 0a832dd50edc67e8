import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** 256 random bits, URL-safe: the link's only secret. */
export function newLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashLinkToken(token) };
}

/** Only this digest is stored, so the database alone never yields a working link. */
export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
