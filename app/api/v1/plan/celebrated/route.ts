import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { handle, readJson } from "@/lib/http/respond";
import { parseInput } from "@/lib/schemas/parse";
import { celebratedSchema } from "@/lib/schemas/plan";
import { markPlanCelebrated } from "@/lib/services/plan";

export const POST = handle(async (request: Request) => {
  const user = await requireUser();
  await markPlanCelebrated(user, parseInput(celebratedSchema, await readJson(request)));
  return new NextResponse(null, { status: 204 });
});
