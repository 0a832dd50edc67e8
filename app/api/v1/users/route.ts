import { NextResponse } from "next/server";
import { requestClientAddress } from "@/lib/http/client";
import { parseBody } from "@/lib/http/parse";
import { handle } from "@/lib/http/respond";
import { signUpSchema } from "@/lib/schemas/account";
import { signUp } from "@/lib/services/sign-up";

// 202 for a new and an existing email alike: sign-up never tells whether an account exists.
export const POST = handle(async (request: Request) =>
  NextResponse.json(await signUp(await parseBody(signUpSchema, request), requestClientAddress(request)), { status: 202 }),
);
