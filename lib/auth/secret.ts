import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { env, type Env } from "@/lib/env";

const DEFAULT_SECRET_FILE = "data/auth-secret";

/**
 * The key that signs and encrypts session tokens. Taken from the environment
 * when set; otherwise generated once and kept in ./data (mode 0600), so the
 * embedded default needs no configuration. A PostgreSQL deployment means
 * several servers, which must share a configured secret.
 */
export function resolveAuthSecret(
  { authSecret, NODE_ENV, DATABASE_URL }: Pick<Env, "authSecret" | "NODE_ENV" | "DATABASE_URL"> = env(),
  secretFile = path.resolve(DEFAULT_SECRET_FILE),
): string {
  if (authSecret) return authSecret;
  if (NODE_ENV === "production" && DATABASE_URL?.startsWith("postgres")) {
    throw new Error(
      "NEXTAUTH_SECRET (or AUTH_SECRET) must be set when running on PostgreSQL: every app server must share it. Generate one with `openssl rand -base64 32`.",
    );
  }
  if (existsSync(/* turbopackIgnore: true */ secretFile)) return readSecret(secretFile);
  mkdirSync(path.dirname(secretFile), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  // "wx" fails if another process created the file first; then read theirs.
  try {
    writeFileSync(secretFile, secret, { mode: 0o600, flag: "wx" });
    chmodSync(secretFile, 0o600);
    return secret;
  } catch {
    return readSecret(secretFile);
  }
}

// The ignore comment keeps Next's file tracing from copying the whole project for a runtime path.
function readSecret(file: string): string {
  return readFileSync(/* turbopackIgnore: true */ file, "utf8").trim();
}

/** At server start: a deployment with an invalid environment, or one that cannot have a secret, stops here, saying why. */
export function assertAuthSecretOrExit(): void {
  try {
    resolveAuthSecret();
  } catch (error) {
    console.error(`skillgap: ${(error as Error).message}`);
    process.exit(1);
  }
}
