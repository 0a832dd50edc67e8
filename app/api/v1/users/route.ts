import { NextResponse } from "next/server";
import { handle, readJson } from "@/lib/http/respond";
import { signUp } from "@/lib/services/sign-up";

// 202 for a new and an existing email alike: sign-up never tells whether an account exists.
export const POST = handle(async (request: Request) => NextResponse.json(await signUp(await readJson(request)), { status: 202 }));
