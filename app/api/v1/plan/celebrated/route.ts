import { NextResponse } from "next/server";
import { authed } from "@/lib/http/authed";
import { parseBody } from "@/lib/http/parse";
import { celebratedSchema } from "@/lib/schemas/plan";
import { markPlanCelebrated } from "@/lib/services/plan";

export const POST = authed(async ({ user, request }) => {
  await markPlanCelebrated(user, await parseBody(celebratedSchema, request));
  return new NextResponse(null, { status: 204 });
});
