import { NextResponse } from "next/server";
import { authed } from "@/lib/http/authed";
import { assertSameOrigin } from "@/lib/http/respond";
import { revokeShare } from "@/lib/services/shares";

export const DELETE = authed<{ id: string }>(async ({ user, request, params }) => {
  assertSameOrigin(request);
  await revokeShare(user, params.id);
  return new NextResponse(null, { status: 204 });
});
