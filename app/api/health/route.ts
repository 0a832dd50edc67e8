import { NextResponse } from "next/server";
import { handle } from "@/lib/http/respond";
import { checkHealth } from "@/lib/services/health";

export const dynamic = "force-dynamic";

export const GET = handle(async () => NextResponse.json(await checkHealth()));
