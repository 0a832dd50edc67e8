import { NextResponse } from "next/server";
import { authed } from "@/lib/http/authed";
import { assertSameOrigin } from "@/lib/http/respond";
import { createReminderFeed, revokeReminderFeed } from "@/lib/services/reminders";

export const POST = authed(async ({ user, request }) => {
  assertSameOrigin(request);
  return NextResponse.json(await createReminderFeed(user), { status: 201 });
});

export const DELETE = authed(async ({ user, request }) => {
  assertSameOrigin(request);
  await revokeReminderFeed(user);
  return new NextResponse(null, { status: 204 });
});
