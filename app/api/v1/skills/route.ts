import { NextResponse } from "next/server";
import { handle } from "@/lib/http/respond";
import { listSkills } from "@/lib/services/skills";

export const dynamic = "force-dynamic";

export const GET = handle(async () => NextResponse.json(await listSkills()));
