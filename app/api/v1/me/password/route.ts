import { NextResponse } from "next/server";
import { authed } from "@/lib/http/authed";
import { parseBody } from "@/lib/http/parse";
import { changePasswordSchema } from "@/lib/schemas/account";
import { changePassword } from "@/lib/services/account";

export const POST = authed(async ({ user, request }) => {
  await changePassword(user, await parseBody(changePasswordSchema, request));
  return new NextResponse(null, { status: 204 });
});
