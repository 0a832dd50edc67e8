import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { handle, readJson } from "@/lib/http/respond";
import { parseInput } from "@/lib/schemas/parse";
import { savePlanSchema } from "@/lib/schemas/plan";
import { getPlan, savePlan } from "@/lib/services/plan";

export const GET = handle(async () => NextResponse.json(await getPlan(await requireUser())));

export const PUT = handle(async (request: Request) => {
  const user = await requireUser();
  return NextResponse.json(await savePlan(user, parseInput(savePlanSchema, await readJson(request))));
});
