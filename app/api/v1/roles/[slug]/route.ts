import { NextResponse } from "next/server";
import { handle } from "@/lib/http/respond";
import { getRole } from "@/lib/services/roles";

export const dynamic = "force-dynamic";

export const GET = handle(async (_request: Request, { params }: { params: Promise<{ slug: string }> }) =>
  NextResponse.json(await getRole((await params).slug)),
);
