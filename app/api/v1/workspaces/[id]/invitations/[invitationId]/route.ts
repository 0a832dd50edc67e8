import { NextResponse } from "next/server";
import { authed } from "@/lib/http/authed";
import { assertSameOrigin } from "@/lib/http/respond";
import { revokeInvitation } from "@/lib/services/workspaces";

export const DELETE = authed<{ id: string; invitationId: string }>(async ({ user, request, params }) => {
  assertSameOrigin(request);
  await revokeInvitation(user, params.id, params.invitationId);
  return new NextResponse(null, { status: 204 });
});
