import pino from "pino";
import { env } from "@/lib/env";

/**
 * The server's log: one JSON object a line on stdout, through pino, so an
 * operator can search it with jq or ship it to Loki or Elasticsearch as is.
 * Only what the app chooses to log goes in (lib/ops/request-log.ts logs a
 * route pattern, never a path or a query, and a hash of the user id), so no
 * email, token, password or cookie reaches it; the redaction is a second
 * guard for an error object that carries request headers.
 */
const shared = globalThis as { skillgapLog?: pino.Logger };

export function log(): pino.Logger {
  shared.skillgapLog ??= pino({
    level: env().LOG_LEVEL,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ["*.headers.cookie", "*.headers.authorization", "*.password", "*.token", "*.email"],
      censor: "[redacted]",
    },
  });
  return shared.skillgapLog;
}

/** The id a request carries (lib/ops/request-log.ts sets it on every request, and in its X-Request-Id answer). */
export function requestIdOf(request: Request): string | undefined {
  return request.headers.get("x-request-id") ?? undefined;
}

/** An unexpected error of a request: logged with the request's id, so its line and the request's line meet. */
export function logRequestError(request: Request, error: unknown): void {
  log().error({ reqId: requestIdOf(request), err: error }, "request failed");
}
