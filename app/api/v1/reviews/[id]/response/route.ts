import { NextResponse } from "next/server";
import { parseBody } from "@/lib/http/parse";
import { handle } from "@/lib/http/respond";
import { reviewResponseSchema } from "@/lib/schemas/sharing";
import { respondToReview } from "@/lib/services/reviews";

// No session: the reviewer needs no account. The segment, named [id] because
// it sits beside GET /reviews/{id}, carries the review link's token here.
export const POST = handle(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const token = (await params).id;
  return NextResponse.json(await respondToReview(token, await parseBody(reviewResponseSchema, request)), { status: 201 });
});
