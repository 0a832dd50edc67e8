import { NextResponse } from "next/server";
import { authed } from "@/lib/http/authed";
import { parseBody } from "@/lib/http/parse";
import { sharingInputSchema } from "@/lib/schemas/workspaces";
import { acceptInvitation } from "@/lib/services/workspaces";

export const POST = authed<{ token: string }>(async ({ user, request, params }) =>
  NextResponse.json(await acceptInvitation(user, params.token, await parseBody(sharingInputSchema, request)), { status: 201 }),
);
