import { NextResponse } from "next/server";
import { handle } from "@/lib/http/respond";
import { getSkill } from "@/lib/services/skills";

export const dynamic = "force-dynamic";

export const GET = handle(async (_request: Request, { params }: { params: Promise<{ slug: string }> }) =>
  NextResponse.json(await getSkill((await params).slug)),
);
