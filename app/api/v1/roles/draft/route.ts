import { NextResponse } from "next/server";
import { authed } from "@/lib/http/authed";
import { parseBody } from "@/lib/http/parse";
import { roleDraftRequestSchema } from "@/lib/schemas/role-draft";
import { draftRole } from "@/lib/services/role-draft";

export const POST = authed(async ({ request }) => NextResponse.json(draftRole(await parseBody(roleDraftRequestSchema, request))));
