import { serverBusy } from "@/lib/domain/errors";
import { EXPORTS_AT_ONCE } from "@/lib/schemas/assessment";
import { concurrencyLimit } from "./concurrency";

// One count for both export routes, kept on globalThis: each route is its own bundle and may load its own copy of
// this module. Only the count is shared; the error is made by each copy, so that its own `handle` recognises it.
const shared = globalThis as typeof globalThis & { skillgapExportPlaces?: { running: number } };

/** A place among the exports this server writes at once, held until the export's body ends. */
export const exportLimit = concurrencyLimit(
  EXPORTS_AT_ONCE,
  () => serverBusy("The server is busy with other exports. Try again in a few seconds.", 5),
  { name: "export", places: (shared.skillgapExportPlaces ??= { running: 0 }) },
);
