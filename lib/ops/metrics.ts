import { createHash, timingSafeEqual } from "node:crypto";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { env } from "@/lib/env";

/**
 * The metrics GET /api/metrics serves in Prometheus' text format. One
 * registry per process, kept on globalThis: instrumentation.ts (which
 * records each request) and the route handlers are bundled apart, and each
 * bundle would otherwise count into a registry of its own.
 */
function create() {
  const registry = new Registry();
  // Event-loop lag, heap, RSS, CPU, handles, GC: prom-client's process and Node metrics.
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    requests: new Counter({
      name: "skillgap_http_requests_total",
      help: "HTTP requests answered, by route pattern, method and status.",
      labelNames: ["route", "method", "status"] as const,
      registers: [registry],
    }),
    duration: new Histogram({
      name: "skillgap_http_request_duration_seconds",
      help: "Time from a request's arrival to the end of its answer, by route pattern and method.",
      labelNames: ["route", "method"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    pool: new Gauge({
      name: "skillgap_db_pool_connections",
      help: "PostgreSQL connections of this server's pool: open, in use, idle, and queries waiting for one.",
      labelNames: ["state"] as const,
      registers: [registry],
    }),
    heavyWork: new Gauge({
      name: "skillgap_heavy_work_running",
      help: "Heavy requests (imports) running now in this process.",
      labelNames: ["work"] as const,
      registers: [registry],
    }),
  };
}

const shared = globalThis as { skillgapMetrics?: ReturnType<typeof create> };

export function metrics(): ReturnType<typeof create> {
  shared.skillgapMetrics ??= create();
  return shared.skillgapMetrics;
}

/**
 * True when the request carries METRICS_TOKEN as its bearer token. Without a
 * configured token nobody is: the route then answers 404 like any unknown
 * path, so scanners do not find it.
 */
export function carriesMetricsToken(request: Request): boolean {
  const token = env().METRICS_TOKEN;
  const offered = request.headers.get("authorization")?.match(/^Bearer (.+)$/)?.[1];
  if (!token || !offered) return false;
  const expected = createHash("sha256").update(token).digest();
  return timingSafeEqual(createHash("sha256").update(offered).digest(), expected);
}
