import { z } from "zod";

/** Unset and empty are the same: `FOO=` in a .env file or a shell means "not configured". */
const unsetIfEmpty = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema);
const optionalText = unsetIfEmpty(z.string().optional());

/**
 * Every environment variable the app reads, validated once. Everything is
 * optional (docs/operations.md, Every variable); what is set must make sense, and the
 * error names the variable at fault.
 */
const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: unsetIfEmpty(
      z
        .string()
        .regex(/^(file:|postgres(ql)?:\/\/)/, "must be a file: URL (SQLite) or a postgresql:// URL")
        .optional(),
    ),
    /** Connections per app server on PostgreSQL; several servers share the database's max_connections. */
    DATABASE_POOL_SIZE: unsetIfEmpty(
      z.coerce
        .number({ error: "must be a whole number of connections, 1 or more" })
        .int("must be a whole number of connections, 1 or more")
        .min(1, "must be a whole number of connections, 1 or more")
        .default(10),
    ),
    NEXTAUTH_SECRET: optionalText,
    AUTH_SECRET: optionalText,
    NEXTAUTH_URL: unsetIfEmpty(z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }).optional()),
    TRUST_PROXY: optionalText,
    GITHUB_ID: optionalText,
    GITHUB_SECRET: optionalText,
    GOOGLE_ID: optionalText,
    GOOGLE_SECRET: optionalText,
    /** Where password-reset mail goes out: smtp://user:pass@host:587 or smtps://… (unset: the link is written to the server's log). */
    SMTP_URL: unsetIfEmpty(z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional()),
    MAIL_FROM: unsetIfEmpty(
      z
        .string()
        .regex(/^([^\r\n<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, "must be an address like Skillgap <no-reply@example.com>")
        .default("Skillgap <no-reply@localhost>"),
    ),
    /** How much the server logs: one JSON line per request at info (lib/ops/log.ts). */
    LOG_LEVEL: unsetIfEmpty(
      z
        .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
          error: "must be one of fatal, error, warn, info, debug, trace, silent",
        })
        .default("info"),
    ),
    /** The bearer token GET /api/metrics asks for (unset: the route answers 404). */
    METRICS_TOKEN: unsetIfEmpty(z.string().min(16, "must be at least 16 characters, a random string").optional()),
    PORT: unsetIfEmpty(
      z.coerce
        .number({ error: "must be a port number from 1 to 65535" })
        .int("must be a port number from 1 to 65535")
        .min(1, "must be a port number from 1 to 65535")
        .max(65_535, "must be a port number from 1 to 65535")
        .default(3000),
    ),
  })
  .superRefine((env, context) => {
    for (const [id, secret] of [
      ["GITHUB_ID", "GITHUB_SECRET"],
      ["GOOGLE_ID", "GOOGLE_SECRET"],
    ] as const) {
      if (env[id] && !env[secret]) context.addIssue({ code: "custom", path: [secret], message: `is required when ${id} is set` });
      if (env[secret] && !env[id]) context.addIssue({ code: "custom", path: [id], message: `is required when ${secret} is set` });
    }
    // A mailed link must not take its origin from a request's Host header, which the client chooses.
    if (env.SMTP_URL && !env.NEXTAUTH_URL) {
      context.addIssue({
        code: "custom",
        path: ["NEXTAUTH_URL"],
        message: "is required when SMTP_URL is set: reset links are mailed with it",
      });
    }
  })
  .transform((env) => ({
    ...env,
    /** The key for session tokens, when configured (else lib/auth/secret generates one). */
    authSecret: env.NEXTAUTH_SECRET ?? env.AUTH_SECRET,
    /** Set to anything: the last X-Forwarded-For entry is a trusted proxy's. */
    trustProxy: env.TRUST_PROXY !== undefined,
  }));

export type Env = z.output<typeof envSchema>;

export class EnvironmentError extends Error {
  constructor(problems: string[]) {
    super(`The environment is not valid:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "EnvironmentError";
  }
}

/** Validates a set of variables (the process's, by default); throws naming each variable at fault. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  throw new EnvironmentError(result.error.issues.map((issue) => `${issue.path.join(".") || "environment"} ${issue.message}`));
}

/** next-auth reads its own settings from process.env: this is the one the app sets for it (see lib/auth/options.ts). */
export function letNextAuthTrustTheRequestHost(): void {
  process.env.AUTH_TRUST_HOST = "true";
}

let cached: Env | undefined;

/** The process's environment, validated on first use and then kept. */
export function env(): Env {
  // The one place that reads process.env (eslint.config.mjs enforces it).
  cached ??= parseEnv(process.env);
  return cached;
}
