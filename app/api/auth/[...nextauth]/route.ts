import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { handle, readForm } from "@/lib/http/respond";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

export { handler as GET };

// next-auth would parse a POST body of any size, and answer invalid JSON with
// a 500: its forms are read here first (same origin, form-encoded, within the
// API's size limit) and handed on as a fresh request.
export const POST = handle(async (request: Request, context: Context) => {
  const form = await readForm(request);
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  return handler(new NextRequest(request.url, { method: "POST", headers, body: form }), context);
});
