import { NextResponse } from "next/server";
import { handle, readJson } from "@/lib/http/respond";
import { listAssessments, saveAssessment } from "@/lib/services/assessments";

export const GET = handle(async (request: Request) =>
  NextResponse.json(await listAssessments(Object.fromEntries(new URL(request.url).searchParams))),
);

export const POST = handle(async (request: Request) => {
  const { assessment, replayed } = await saveAssessment(await readJson(request), request.headers.get("idempotency-key"));
  return NextResponse.json(assessment, { status: 201, headers: replayed ? { "Idempotent-Replayed": "true" } : {} });
});
