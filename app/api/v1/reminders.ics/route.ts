import { handle } from "@/lib/http/respond";
import { parseInput } from "@/lib/schemas/parse";
import { reminderFeedQuerySchema } from "@/lib/schemas/reminders";
import { reminderCalendar } from "@/lib/services/reminders";

// Public: calendar apps send no cookie. The token in the query is the only key.
export const GET = handle(async (request: Request) => {
  const query = parseInput(reminderFeedQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  return new Response(await reminderCalendar(query), {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer" },
  });
});
