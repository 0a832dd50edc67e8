import { NextResponse } from "next/server";
import { assertSameOrigin, handle } from "@/lib/http/respond";
import { signOutEverywhere } from "@/lib/services/account";

export const POST = handle(async (request: Request) => {
  assertSameOrigin(request);
  await signOutEverywhere();
  return new NextResponse(null, { status: 204 });
});
