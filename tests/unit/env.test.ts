import { expect, test } from "vitest";
import { parseEnv } from "@/lib/env";

test("nothing is required: an empty environment gets the documented defaults", () => {
  const env = parseEnv({});
  expect(env).toMatchObject({ NODE_ENV: "development", PORT: 3000, DATABASE_POOL_SIZE: 10, trustProxy: false });
  expect([env.DATABASE_URL, env.authSecret, env.NEXTAUTH_URL, env.GITHUB_ID, env.GOOGLE_ID]).toEqual([
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
  ]);
});

test("mail: unset SMTP_URL writes links to the log; MAIL_FROM has a default", () => {
  const unset = parseEnv({});
  expect([unset.SMTP_URL, unset.MAIL_FROM]).toEqual([undefined, "Skillgap <no-reply@localhost>"]);
  const configured = parseEnv({
    SMTP_URL: "smtps://u:p@mail.example:465",
    NEXTAUTH_URL: "https://skillgap.example",
    MAIL_FROM: "ops@skillgap.example",
  });
  expect(configured).toMatchObject({ SMTP_URL: "smtps://u:p@mail.example:465", MAIL_FROM: "ops@skillgap.example" });
});

test("operations: requests are logged at info; /api/metrics is off until METRICS_TOKEN is set", () => {
  const unset = parseEnv({});
  expect([unset.LOG_LEVEL, unset.METRICS_TOKEN]).toEqual(["info", undefined]);
  expect(parseEnv({ LOG_LEVEL: "warn", METRICS_TOKEN: "a-long-random-token" })).toMatchObject({
    LOG_LEVEL: "warn",
    METRICS_TOKEN: "a-long-random-token",
  });
});

test("an empty value counts as unset", () => {
  expect(parseEnv({ PORT: "", DATABASE_URL: "", TRUST_PROXY: "", GITHUB_ID: "" })).toMatchObject({
    PORT: 3000,
    DATABASE_URL: undefined,
    trustProxy: false,
    GITHUB_ID: undefined,
  });
});

test("values are typed: the port a number, TRUST_PROXY set to anything a yes, either secret variable the secret", () => {
  const env = parseEnv({ PORT: "8080", TRUST_PROXY: "1", AUTH_SECRET: "from AUTH_SECRET", DATABASE_URL: "file:./x.db" });
  expect(env).toMatchObject({ PORT: 8080, trustProxy: true, authSecret: "from AUTH_SECRET", DATABASE_URL: "file:./x.db" });
  expect(parseEnv({ NEXTAUTH_SECRET: "first", AUTH_SECRET: "second" }).authSecret).toBe("first");
});

test.each([
  [{ PORT: "eighty" }, /PORT must be a port number/],
  [{ PORT: "70000" }, /PORT must be a port number/],
  [{ DATABASE_URL: "mysql://db/skillgap" }, /DATABASE_URL must be a file: URL \(SQLite\) or a postgresql:\/\/ URL/],
  [{ DATABASE_POOL_SIZE: "0" }, /DATABASE_POOL_SIZE must be a whole number of connections/],
  [{ NEXTAUTH_URL: "skillgap.example" }, /NEXTAUTH_URL must be an http:\/\/ or https:\/\/ URL/],
  [{ GITHUB_ID: "id-only" }, /GITHUB_SECRET is required when GITHUB_ID is set/],
  [{ GOOGLE_SECRET: "secret-only" }, /GOOGLE_ID is required when GOOGLE_SECRET is set/],
  [{ NODE_ENV: "staging" }, /NODE_ENV/],
  [{ SMTP_URL: "mail.example:587", NEXTAUTH_URL: "https://skillgap.example" }, /SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/],
  [{ SMTP_URL: "smtp://mail.example:587" }, /NEXTAUTH_URL is required when SMTP_URL is set/],
  [{ MAIL_FROM: "Skillgap" }, /MAIL_FROM must be an address/],
  [{ MAIL_FROM: "a@b.example\nBcc: everyone@b.example" }, /MAIL_FROM must be an address/],
  [{ LOG_LEVEL: "verbose" }, /LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/],
  [{ METRICS_TOKEN: "short" }, /METRICS_TOKEN must be at least 16 characters/],
])("%o is refused with a message naming the variable", (source, message) => {
  expect(() => parseEnv(source)).toThrow(message);
});

test("every problem is named at once", () => {
  expect(() => parseEnv({ PORT: "0", GITHUB_SECRET: "x" })).toThrow(/PORT[\s\S]*GITHUB_ID|GITHUB_ID[\s\S]*PORT/);
});
