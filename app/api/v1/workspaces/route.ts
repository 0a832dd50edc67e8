import { NextResponse } from "next/server";
import { authed } from "@/lib/http/authed";
import { parseBody } from "@/lib/http/parse";
import { createWorkspaceSchema } from "@/lib/schemas/workspaces";
import { createWorkspace, listWorkspaces } from "@/lib/services/workspaces";

export const GET = authed(async ({ user }) => NextResponse.json(await listWorkspaces(user)));

export const POST = authed(async ({ user, request }) =>
  NextResponse.json(await createWorkspace(user, await parseBody(createWorkspaceSchema, request)), { status: 201 }),
);
