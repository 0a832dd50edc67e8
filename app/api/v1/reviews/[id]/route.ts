import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { assertSameOrigin, handle } from "@/lib/http/respond";
import { getCalibration, revokeReview } from "@/lib/services/reviews";

type Context = { params: Promise<{ id: string }> };

export const GET = handle(async (_request: Request, { params }: Context) =>
  NextResponse.json(await getCalibration(await requireUser(), (await params).id)),
);

export const DELETE = handle(async (request: Request, { params }: Context) => {
  assertSameOrigin(request);
  await revokeReview(await requireUser(), (await params).id);
  return new Response(null, { status: 204 });
});
