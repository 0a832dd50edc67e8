import { NextResponse } from "next/server";
import { authed } from "@/lib/http/authed";
import { parseBody } from "@/lib/http/parse";
import { updateRemindersSchema } from "@/lib/schemas/reminders";
import { getReminders, updateReminders } from "@/lib/services/reminders";

export const GET = authed(async ({ user }) => NextResponse.json(await getReminders(user)));

export const PUT = authed(async ({ user, request }) =>
  NextResponse.json(await updateReminders(user, await parseBody(updateRemindersSchema, request))),
);
