import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { parseEnv } from "@/lib/env";

const tempFile = () => path.join(mkdtempSync(path.join(tmpdir(), "skillgap-secret-")), "data", "auth-secret");

test("a configured secret is used as it is", () => {
  expect(resolveAuthSecret(parseEnv({ NEXTAUTH_SECRET: "from-env" }), tempFile())).toBe("from-env");
  expect(resolveAuthSecret(parseEnv({ AUTH_SECRET: "auth-env" }), tempFile())).toBe("auth-env");
});

test("without one, a secret is generated once, kept with mode 0600, and read back on the next start", () => {
  const file = tempFile();
  const first = resolveAuthSecret(parseEnv({}), file);
  expect(first.length).toBeGreaterThanOrEqual(43);
  expect(statSync(file).mode & 0o777).toBe(0o600);
  expect(readFileSync(file, "utf8")).toBe(first);
  expect(resolveAuthSecret(parseEnv({}), file)).toBe(first);
});

test("in production on PostgreSQL without a secret it refuses, saying what to set", () => {
  const env = parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgresql://db/skillgap" });
  expect(() => resolveAuthSecret(env, tempFile())).toThrow(/NEXTAUTH_SECRET \(or AUTH_SECRET\) must be set when running on PostgreSQL/);
});
