import { NextResponse } from "next/server";
import { linkOrigin, requestClientAddress } from "@/lib/http/client";
import { parseBody } from "@/lib/http/parse";
import { handle } from "@/lib/http/respond";
import { requestPasswordResetSchema } from "@/lib/schemas/password-reset";
import { requestPasswordReset } from "@/lib/services/request-password-reset";

// 202 for a known and an unknown email alike: asking for a reset never tells whether an account exists.
export const POST = handle(async (request: Request) => {
  const input = await parseBody(requestPasswordResetSchema, request);
  const client = { address: requestClientAddress(request), origin: linkOrigin(request) };
  return NextResponse.json(await requestPasswordReset(input, client), { status: 202 });
});
