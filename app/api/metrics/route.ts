import { notFound } from "@/lib/domain/errors";
import { handle } from "@/lib/http/respond";
import { carriesMetricsToken, metrics } from "@/lib/ops/metrics";
import { databasePool } from "@/lib/services/health";

export const dynamic = "force-dynamic";

export const GET = handle(async (request) => {
  if (!carriesMetricsToken(request)) throw notFound("Page");
  const { registry, pool } = metrics();
  const connections = databasePool();
  if (connections) {
    pool.set({ state: "open" }, connections.total);
    pool.set({ state: "in_use" }, connections.total - connections.idle);
    pool.set({ state: "idle" }, connections.idle);
    pool.set({ state: "waiting" }, connections.waiting);
  }
  return new Response(await registry.metrics(), { headers: { "Content-Type": registry.contentType } });
});
