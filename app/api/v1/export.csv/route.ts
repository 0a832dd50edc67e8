import { authed } from "@/lib/http/authed";
import { exportCsv } from "@/lib/services/export-data";

export const GET = authed(
  async ({ user }) =>
    new Response(await exportCsv(user), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="skillgap-ratings-${new Date().toISOString().slice(0, 10)}.csv"`,
      },
    }),
);
