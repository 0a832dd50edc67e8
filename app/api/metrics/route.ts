import { handle } from "@/lib/http/respond";
import { notFound } from "@/lib/domain/errors";
import { carriesMetricsToken, metrics } from "@/lib/ops/metrics";

export const dynamic = "force-dynamic";

export const GET = handle(async (request) => {
  if (!carriesMetricsToken(request)) throw notFound("Page");
  const { registry } = metrics();
  return new Response(await registry.metrics(), { headers: { "Content-Type": registry.contentType } });
});
