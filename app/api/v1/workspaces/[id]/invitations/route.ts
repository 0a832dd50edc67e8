import { NextResponse } from "next/server";
import { authed } from "@/lib/http/authed";
import { parseBody } from "@/lib/http/parse";
import { createInvitationSchema } from "@/lib/schemas/workspaces";
import { createInvitation, listInvitations } from "@/lib/services/workspaces";

export const GET = authed<{ id: string }>(async ({ user, params }) => NextResponse.json(await listInvitations(user, params.id)));

export const POST = authed<{ id: string }>(async ({ user, request, params }) =>
  NextResponse.json(await createInvitation(user, params.id, await parseBody(createInvitationSchema, request)), { status: 201 }),
);
