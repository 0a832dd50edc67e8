import { NextResponse } from "next/server";
import { authed } from "@/lib/http/authed";
import { parseBody, parseQuery } from "@/lib/http/parse";
import { exportDocumentSchema, IMPORT_BODY_LIMIT, importQuerySchema } from "@/lib/schemas/assessment";
import { importData } from "@/lib/services/import-data";

export const POST = authed(async ({ user, request }) =>
  NextResponse.json(
    await importData(user, await parseBody(exportDocumentSchema, request, IMPORT_BODY_LIMIT), parseQuery(importQuerySchema, request)),
  ),
);
