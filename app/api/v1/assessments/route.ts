import { NextResponse } from "next/server";
import { authed } from "@/lib/http/authed";
import { parseBody, parseHeader, parseQuery } from "@/lib/http/parse";
import { idempotencyKeySchema, listAssessmentsSchema, saveAssessmentSchema } from "@/lib/schemas/assessment";
import { listAssessments, saveAssessment } from "@/lib/services/assessments";

export const GET = authed(async ({ user, request }) =>
  NextResponse.json(await listAssessments(user, parseQuery(listAssessmentsSchema, request))),
);

export const POST = authed(async ({ user, request }) => {
  const input = await parseBody(saveAssessmentSchema, request);
  const key = parseHeader(idempotencyKeySchema, request, "Idempotency-Key");
  const { assessment, replayed } = await saveAssessment(user, input, key);
  return NextResponse.json(assessment, { status: 201, headers: replayed ? { "Idempotent-Replayed": "true" } : {} });
});
