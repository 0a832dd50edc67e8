import { NextResponse } from "next/server";
import { authed } from "@/lib/http/authed";
import { parseBody } from "@/lib/http/parse";
import { assertSameOrigin } from "@/lib/http/respond";
import { changeRoleSchema } from "@/lib/schemas/workspaces";
import { changeRole, removeMember } from "@/lib/services/workspaces";

type Params = { id: string; userId: string };

export const PATCH = authed<Params>(async ({ user, request, params }) => {
  await changeRole(user, params.id, params.userId, await parseBody(changeRoleSchema, request));
  return new NextResponse(null, { status: 204 });
});

/** `me` as the user id: leaving. */
export const DELETE = authed<Params>(async ({ user, request, params }) => {
  assertSameOrigin(request);
  await removeMember(user, params.id, params.userId);
  return new NextResponse(null, { status: 204 });
});
