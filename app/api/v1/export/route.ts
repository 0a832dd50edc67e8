import { authed } from "@/lib/http/authed";
import { streamedResponse } from "@/lib/http/concurrency";
import { exportLimit } from "@/lib/http/export-limit";
import { exportJson } from "@/lib/services/export-data";

export const GET = authed(async ({ user }) => {
  const { exportedAt, pieces } = await exportJson(user);
  const headers = {
    "Content-Type": "application/json",
    "Content-Disposition": `attachment; filename="skillgap-export-${exportedAt.slice(0, 10)}.json"`,
  };
  return streamedResponse(pieces, { headers }, exportLimit.acquire());
});
