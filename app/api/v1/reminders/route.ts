import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { handle, readJson } from "@/lib/http/respond";
import { parseInput } from "@/lib/schemas/parse";
import { updateRemindersSchema } from "@/lib/schemas/reminders";
import { getReminders, updateReminders } from "@/lib/services/reminders";

export const GET = handle(async () => NextResponse.json(await getReminders(await requireUser())));

export const PUT = handle(async (request: Request) => {
  const user = await requireUser();
  return NextResponse.json(await updateReminders(user, parseInput(updateRemindersSchema, await readJson(request))));
});
