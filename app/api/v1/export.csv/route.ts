import { handle } from "@/lib/http/respond";
import { exportCsv } from "@/lib/services/export-data";

export const GET = handle(
  async () =>
    new Response(await exportCsv(), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="skillgap-ratings-${new Date().toISOString().slice(0, 10)}.csv"`,
      },
    }),
);
