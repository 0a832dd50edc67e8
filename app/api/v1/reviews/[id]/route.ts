import { NextResponse } from "next/server";
import { authed } from "@/lib/http/authed";
import { assertSameOrigin } from "@/lib/http/respond";
import { getCalibration, revokeReview } from "@/lib/services/reviews";

export const GET = authed<{ id: string }>(async ({ user, params }) => NextResponse.json(await getCalibration(user, params.id)));

export const DELETE = authed<{ id: string }>(async ({ user, request, params }) => {
  assertSameOrigin(request);
  await revokeReview(user, params.id);
  return new NextResponse(null, { status: 204 });
});
