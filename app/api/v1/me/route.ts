import { NextResponse } from "next/server";
import { authed } from "@/lib/http/authed";
import { parseBody } from "@/lib/http/parse";
import { deleteAccountSchema, updateMeSchema } from "@/lib/schemas/account";
import { deleteAccount, getMe, updateMe } from "@/lib/services/account";

export const GET = authed(async ({ user }) => NextResponse.json(await getMe(user)));

export const PATCH = authed(async ({ user, request }) => NextResponse.json(await updateMe(user, await parseBody(updateMeSchema, request))));

export const DELETE = authed(async ({ user, request }) => {
  await deleteAccount(user, await parseBody(deleteAccountSchema, request));
  return new NextResponse(null, { status: 204 });
});
