import { NextResponse } from "next/server";
import { authed } from "@/lib/http/authed";
import { exportData } from "@/lib/services/export-data";

export const GET = authed(async ({ user }) => {
  const document = await exportData(user);
  return NextResponse.json(document, {
    headers: { "Content-Disposition": `attachment; filename="skillgap-export-${document.exportedAt!.slice(0, 10)}.json"` },
  });
});
