import { NextResponse } from "next/server";
import { authed } from "@/lib/http/authed";
import { getAssessment } from "@/lib/services/assessments";

export const GET = authed<{ id: string }>(async ({ user, params }) => NextResponse.json(await getAssessment(user, params.id)));
