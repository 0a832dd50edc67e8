import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { assertSameOrigin, handle } from "@/lib/http/respond";
import { createReminderFeed, revokeReminderFeed } from "@/lib/services/reminders";

export const POST = handle(async (request: Request) => {
  assertSameOrigin(request);
  return NextResponse.json(await createReminderFeed(await requireUser()), { status: 201 });
});

export const DELETE = handle(async (request: Request) => {
  assertSameOrigin(request);
  await revokeReminderFeed(await requireUser());
  return new NextResponse(null, { status: 204 });
});
