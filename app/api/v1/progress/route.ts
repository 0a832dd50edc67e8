import { NextResponse } from "next/server";
import { authed } from "@/lib/http/authed";
import { parseQuery } from "@/lib/http/parse";
import { progressQuerySchema } from "@/lib/schemas/progress";
import { getProgress } from "@/lib/services/dashboard";

export const GET = authed(async ({ user, request }) =>
  NextResponse.json(await getProgress(user, parseQuery(progressQuerySchema, request))),
);
