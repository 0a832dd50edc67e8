import { NextResponse } from "next/server";
import { handle } from "@/lib/http/respond";
import { getAssessment } from "@/lib/services/assessments";

export const GET = handle(async (_request: Request, { params }: { params: Promise<{ id: string }> }) =>
  NextResponse.json(await getAssessment((await params).id)),
);
