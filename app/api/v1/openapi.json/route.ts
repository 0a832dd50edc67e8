import { NextResponse } from "next/server";
import { handle } from "@/lib/http/respond";
import { openApiDocument } from "@/lib/schemas/openapi";

export const GET = handle(async () => NextResponse.json(openApiDocument()));
