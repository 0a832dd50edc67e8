import { NextResponse } from "next/server";
import { authed } from "@/lib/http/authed";
import { parseBody } from "@/lib/http/parse";
import { savePlanSchema } from "@/lib/schemas/plan";
import { getPlan, savePlan } from "@/lib/services/plan";

export const GET = authed(async ({ user }) => NextResponse.json(await getPlan(user)));

export const PUT = authed(async ({ user, request }) => NextResponse.json(await savePlan(user, await parseBody(savePlanSchema, request))));
