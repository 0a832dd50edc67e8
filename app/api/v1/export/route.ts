import { NextResponse } from "next/server";
import { handle } from "@/lib/http/respond";
import { exportData } from "@/lib/services/export-data";

export const GET = handle(async () => {
  const document = await exportData();
  return NextResponse.json(document, {
    headers: { "Content-Disposition": `attachment; filename="skillgap-export-${document.exportedAt!.slice(0, 10)}.json"` },
  });
});
