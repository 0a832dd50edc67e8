import { authed } from "@/lib/http/authed";
import { parseQuery } from "@/lib/http/parse";
import { progressQuerySchema } from "@/lib/schemas/progress";
import { getCohortMatrixCsv } from "@/lib/services/workspaces-cohort";

export const GET = authed<{ id: string }>(async ({ user, request, params }) => {
  const query = parseQuery(progressQuerySchema, request);
  return new Response(await getCohortMatrixCsv(user, params.id, query), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="skillgap-cohort-${query.role}-${new Date().toISOString().slice(0, 10)}.csv"`,
    },
  });
});
