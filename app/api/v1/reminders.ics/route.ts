import { parseQuery } from "@/lib/http/parse";
import { handle } from "@/lib/http/respond";
import { reminderFeedQuerySchema } from "@/lib/schemas/reminders";
import { reminderCalendar } from "@/lib/services/reminders";

// Public: calendar apps send no cookie. The token in the query is the only key (so: no Referer, lib/http/security-headers.ts).
export const GET = handle(
  async (request: Request) =>
    new Response(await reminderCalendar(parseQuery(reminderFeedQuerySchema, request)), {
      headers: { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "private, no-store" },
    }),
);
