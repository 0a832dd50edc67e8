import { NextResponse } from "next/server";
import { authed } from "@/lib/http/authed";
import { parseBody } from "@/lib/http/parse";
import { assertSameOrigin } from "@/lib/http/respond";
import { updateWorkspaceSchema } from "@/lib/schemas/workspaces";
import { deleteWorkspace, getWorkspace, updateWorkspace } from "@/lib/services/workspaces";

export const GET = authed<{ id: string }>(async ({ user, params }) => NextResponse.json(await getWorkspace(user, params.id)));

export const PATCH = authed<{ id: string }>(async ({ user, request, params }) =>
  NextResponse.json(await updateWorkspace(user, params.id, await parseBody(updateWorkspaceSchema, request))),
);

export const DELETE = authed<{ id: string }>(async ({ user, request, params }) => {
  assertSameOrigin(request);
  await deleteWorkspace(user, params.id);
  return new NextResponse(null, { status: 204 });
});
