import { NextResponse } from "next/server";
import { authed } from "@/lib/http/authed";
import { parseBody } from "@/lib/http/parse";
import { createShareSchema } from "@/lib/schemas/sharing";
import { createShare, listShares } from "@/lib/services/shares";

export const GET = authed(async ({ user }) => NextResponse.json(await listShares(user)));

export const POST = authed(async ({ user, request }) =>
  NextResponse.json(await createShare(user, await parseBody(createShareSchema, request)), { status: 201 }),
);
