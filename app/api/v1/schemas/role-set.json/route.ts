import { NextResponse } from "next/server";
import { handle } from "@/lib/http/respond";
import { roleSetJsonSchema } from "@/lib/schemas/role-set";

export const GET = handle(async () => NextResponse.json(roleSetJsonSchema()));
