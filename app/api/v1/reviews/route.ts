import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { handle, readJson } from "@/lib/http/respond";
import { parseInput } from "@/lib/schemas/parse";
import { createReviewSchema } from "@/lib/schemas/sharing";
import { createReview, listReviews } from "@/lib/services/reviews";

export const GET = handle(async () => NextResponse.json(await listReviews(await requireUser())));

export const POST = handle(async (request: Request) => {
  const user = await requireUser();
  return NextResponse.json(await createReview(user, parseInput(createReviewSchema, await readJson(request))), { status: 201 });
});
