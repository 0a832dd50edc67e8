import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { handle, readJson } from "@/lib/http/respond";
import { parseInput } from "@/lib/schemas/parse";
import { createShareSchema } from "@/lib/schemas/sharing";
import { createShare, listShares } from "@/lib/services/shares";

export const GET = handle(async () => NextResponse.json(await listShares(await requireUser())));

export const POST = handle(async (request: Request) => {
  const user = await requireUser();
  return NextResponse.json(await createShare(user, parseInput(createShareSchema, await readJson(request))), { status: 201 });
});
