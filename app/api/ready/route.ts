import { NextResponse } from "next/server";
import { handle } from "@/lib/http/respond";
import { checkReadiness } from "@/lib/services/health";

export const dynamic = "force-dynamic";

export const GET = handle(async () => {
  const readiness = await checkReadiness();
  return NextResponse.json(readiness, { status: readiness.status === "ready" ? 200 : 503 });
});
