import { NextResponse } from "next/server";
import { authed } from "@/lib/http/authed";
import { parseBody } from "@/lib/http/parse";
import { sharingInputSchema } from "@/lib/schemas/workspaces";
import { updateSharing } from "@/lib/services/workspaces";

export const PUT = authed<{ id: string }>(async ({ user, request, params }) =>
  NextResponse.json(await updateSharing(user, params.id, await parseBody(sharingInputSchema, request))),
);
