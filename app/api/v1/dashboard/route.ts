import { NextResponse } from "next/server";
import { handle } from "@/lib/http/respond";
import { getDashboard } from "@/lib/services/dashboard";

export const GET = handle(async () => NextResponse.json(await getDashboard()));
