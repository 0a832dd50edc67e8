import { NextResponse } from "next/server";
import { authed } from "@/lib/http/authed";
import { parseQuery } from "@/lib/http/parse";
import { progressQuerySchema } from "@/lib/schemas/progress";
import { getCohortTrend } from "@/lib/services/workspaces-cohort";

export const GET = authed<{ id: string }>(async ({ user, request, params }) =>
  NextResponse.json(await getCohortTrend(user, params.id, parseQuery(progressQuerySchema, request))),
);
