import NextAuth from "next-auth";
import { NextRequest, NextResponse } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { currentUser } from "@/lib/auth/session";
import { handle, readForm } from "@/lib/http/respond";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

// next-auth's session endpoint knows nothing of revocation: it would answer a
// signed-out, outdated or deleted account's token with the user, and renew it.
// The app's own check goes first; a revoked session gets what no session gets.
export async function GET(request: Request, context: Context) {
  const { nextauth } = await context.params;
  if (nextauth.join("/") === "session" && !(await currentUser())) return NextResponse.json({});
  return handler(request, context);
}

// next-auth would parse a POST body of any size, and answer invalid JSON with
// a 500: its forms are read here first (same origin, form-encoded, within the
// API's size limit) and handed on as a fresh request.
export const POST = handle(async (request: Request, context: Context) => {
  const form = await readForm(request);
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  return handler(new NextRequest(request.url, { method: "POST", headers, body: form }), context);
});
