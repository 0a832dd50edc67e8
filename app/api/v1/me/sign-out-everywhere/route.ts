import { NextResponse } from "next/server";
import { authed } from "@/lib/http/authed";
import { assertSameOrigin } from "@/lib/http/respond";
import { signOutEverywhere } from "@/lib/services/account";

export const POST = authed(async ({ user, request }) => {
  assertSameOrigin(request);
  await signOutEverywhere(user);
  return new NextResponse(null, { status: 204 });
});
