import { NextResponse } from "next/server";
import { authed } from "@/lib/http/authed";
import { parseBody } from "@/lib/http/parse";
import { createReviewSchema } from "@/lib/schemas/sharing";
import { createReview, listReviews } from "@/lib/services/reviews";

export const GET = authed(async ({ user }) => NextResponse.json(await listReviews(user)));

export const POST = authed(async ({ user, request }) =>
  NextResponse.json(await createReview(user, await parseBody(createReviewSchema, request)), { status: 201 }),
);
