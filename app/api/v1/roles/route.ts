import { NextResponse } from "next/server";
import { handle } from "@/lib/http/respond";
import { listRoles } from "@/lib/services/roles";

export const dynamic = "force-dynamic";

export const GET = handle(async () => NextResponse.json(await listRoles()));
