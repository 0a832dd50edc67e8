import { randomUUID } from "node:crypto";
import { subscribe } from "node:diagnostics_channel";
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { log } from "./log";
import { metrics } from "./metrics";
import { takeRequestUser } from "./request-user";

interface RequestMessage {
  request: IncomingMessage;
  response: ServerResponse;
}

/** An id a proxy in front chose (nginx's $request_id, say) is kept when it looks like one; anything else is replaced. */
const ACCEPTABLE_ID = /^[\w.:-]{8,100}$/;

type Matcher = { page: string; regex: RegExp };

/** The app's routes as the build names them ("/api/v1/assessments/[id]"), to log a pattern rather than a path that may hold a token. */
function routeMatchers(): Matcher[] {
  try {
    const manifest = JSON.parse(readFileSync(path.join(process.cwd(), ".next/routes-manifest.json"), "utf8")) as {
      staticRoutes: { page: string; regex: string }[];
      dynamicRoutes: { page: string; regex: string }[];
    };
    return [...manifest.staticRoutes, ...manifest.dynamicRoutes].map(({ page, regex }) => ({ page, regex: new RegExp(regex) }));
  } catch {
    return []; // next dev: no manifest; every request is logged as unmatched.
  }
}

function routePattern(matchers: Matcher[], url: string | undefined): string {
  const pathname = (url ?? "/").split("?")[0]!;
  if (pathname.startsWith("/_next/")) return pathname.startsWith("/_next/static/") ? "/_next/static" : "/_next";
  return matchers.find((matcher) => matcher.regex.test(pathname))?.page ?? "(unmatched)";
}

/**
 * One JSON line per request (time, request id, method, route pattern,
 * status, duration, a hash of the user id) and the request counters of
 * GET /api/metrics, for every request the server answers, pages and static
 * files included. Each request gets an id, in its X-Request-Id answer and
 * in the request's own headers, where handlers read it to log errors
 * (lib/ops/log.ts) and the user (noteRequestUser). An answer the client
 * gave up on before its end is logged with status 499, as nginx does.
 */
export function logRequests(): void {
  const matchers = routeMatchers();
  subscribe("http.server.request.start", (message) => {
    const { request, response } = message as RequestMessage;
    const offered = request.headers["x-request-id"];
    const id = typeof offered === "string" && ACCEPTABLE_ID.test(offered) ? offered : randomUUID();
    request.headers["x-request-id"] = id;
    response.setHeader("X-Request-Id", id);
    const at = process.hrtime.bigint();
    // "close" comes for an answer sent and for one the client gave up on alike.
    response.once("close", () => {
      const seconds = Number(process.hrtime.bigint() - at) / 1e9;
      const route = routePattern(matchers, request.url);
      const method = request.method ?? "GET";
      const user = takeRequestUser(id);
      const status = response.writableFinished ? response.statusCode : 499;
      const { requests, duration } = metrics();
      requests.inc({ route, method, status: String(status) });
      duration.observe({ route, method }, seconds);
      log().info({ reqId: id, method, route, status, ms: Math.round(seconds * 10_000) / 10, user }, "request");
    });
  });
}
