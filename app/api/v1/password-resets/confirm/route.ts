import { NextResponse } from "next/server";
import { requestClientAddress } from "@/lib/http/client";
import { parseBody } from "@/lib/http/parse";
import { handle } from "@/lib/http/respond";
import { confirmPasswordResetSchema } from "@/lib/schemas/password-reset";
import { confirmPasswordReset } from "@/lib/services/confirm-password-reset";

export const POST = handle(async (request: Request) => {
  await confirmPasswordReset(await parseBody(confirmPasswordResetSchema, request), requestClientAddress(request));
  return new NextResponse(null, { status: 204 });
});
