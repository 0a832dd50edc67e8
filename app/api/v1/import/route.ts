import { NextResponse } from "next/server";
import { handle, readJson } from "@/lib/http/respond";
import { IMPORT_BODY_LIMIT } from "@/lib/schemas/assessment";
import { importData } from "@/lib/services/import-data";

export const POST = handle(async (request: Request) =>
  NextResponse.json(await importData(await readJson(request, IMPORT_BODY_LIMIT), Object.fromEntries(new URL(request.url).searchParams))),
);
