import { NextResponse } from "next/server";
import { serverBusy } from "@/lib/domain/errors";
import { authed } from "@/lib/http/authed";
import { concurrencyLimit } from "@/lib/http/concurrency";
import { parseBodyInSlices, parseQuery } from "@/lib/http/parse";
import { exportDocumentSchema, IMPORTS_AT_ONCE, importQuerySchema } from "@/lib/schemas/assessment";
import { importData } from "@/lib/services/import-data";

// Taken before the body is read: the parsed file is what costs memory.
const withinImportLimit = concurrencyLimit(
  IMPORTS_AT_ONCE,
  () => serverBusy("The server is busy with other imports. Try again in a few seconds.", 5),
  { name: "import" },
);

export const POST = authed(({ user, request }) =>
  withinImportLimit(async () =>
    NextResponse.json(
      await importData(
        user,
        await parseBodyInSlices(exportDocumentSchema, request, ["assessments", "reviews"]),
        parseQuery(importQuerySchema, request),
      ),
    ),
  ),
);
