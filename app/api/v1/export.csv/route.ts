import { authed } from "@/lib/http/authed";
import { streamedResponse } from "@/lib/http/concurrency";
import { exportLimit } from "@/lib/http/export-limit";
import { exportCsv } from "@/lib/services/export-data";

export const GET = authed(async ({ user }) => {
  const headers = {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="skillgap-ratings-${new Date().toISOString().slice(0, 10)}.csv"`,
  };
  return streamedResponse(exportCsv(user), { headers }, exportLimit.acquire());
});
