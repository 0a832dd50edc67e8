import { NextResponse } from "next/server";
import { handle } from "@/lib/http/respond";
import { getProgress } from "@/lib/services/dashboard";

export const GET = handle(async (request: Request) =>
  NextResponse.json(await getProgress(Object.fromEntries(new URL(request.url).searchParams))),
);
