import { NextResponse } from "next/server";
import { handle, readJson } from "@/lib/http/respond";
import { deleteAccount, getMe, updateMe } from "@/lib/services/account";

export const GET = handle(async () => NextResponse.json(await getMe()));

export const PATCH = handle(async (request: Request) => NextResponse.json(await updateMe(await readJson(request))));

export const DELETE = handle(async (request: Request) => {
  await deleteAccount(await readJson(request));
  return new NextResponse(null, { status: 204 });
});
