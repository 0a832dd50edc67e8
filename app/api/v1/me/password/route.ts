import { NextResponse } from "next/server";
import { handle, readJson } from "@/lib/http/respond";
import { changePassword } from "@/lib/services/account";

export const POST = handle(async (request: Request) => {
  await changePassword(await readJson(request));
  return new NextResponse(null, { status: 204 });
});
