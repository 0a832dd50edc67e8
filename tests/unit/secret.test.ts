import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { resolveAuthSecret } from "@/lib/auth/secret";

const tempFile = () => path.join(mkdtempSync(path.join(tmpdir(), "skillgap-secret-")), "data", "auth-secret");

test("a configured secret is used as it is", () => {
  expect(resolveAuthSecret({ NEXTAUTH_SECRET: "from-env" } as NodeJS.ProcessEnv, tempFile())).toBe("from-env");
  expect(resolveAuthSecret({ AUTH_SECRET: "auth-env" } as NodeJS.ProcessEnv, tempFile())).toBe("auth-env");
});

test("without one, a secret is generated once, kept with mode 0600, and read back on the next start", () => {
  const file = tempFile();
  const first = resolveAuthSecret({} as NodeJS.ProcessEnv, file);
  expect(first.length).toBeGreaterThanOrEqual(43);
  expect(statSync(file).mode & 0o777).toBe(0o600);
  expect(readFileSync(file, "utf8")).toBe(first);
  expect(resolveAuthSecret({} as NodeJS.ProcessEnv, file)).toBe(first);
});

test("in production on PostgreSQL without a secret it refuses, saying what to set", () => {
  const env = { NODE_ENV: "production", DATABASE_URL: "postgresql://db/skillgap" } as NodeJS.ProcessEnv;
  expect(() => resolveAuthSecret(env, tempFile())).toThrow(/NEXTAUTH_SECRET \(or AUTH_SECRET\) must be set when running on PostgreSQL/);
});
