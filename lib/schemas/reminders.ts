import { z } from "zod";
import { REMINDER_INTERVALS } from "@/lib/domain/reminders";

const INTERVAL_MESSAGE = `Choose ${REMINDER_INTERVALS.filter(Boolean).join(", ")} weeks, or 0 for off.`;

/** PUT /reminders. */
export const updateRemindersSchema = z.strictObject({
  intervalWeeks: z.union(
    REMINDER_INTERVALS.map((weeks) => z.literal(weeks)),
    { error: INTERVAL_MESSAGE },
  ),
});
export type UpdateRemindersInput = z.input<typeof updateRemindersSchema>;
export type UpdateReminders = z.output<typeof updateRemindersSchema>;

/** GET /reminders.ics?token=: the feed's secret, as the calendar app sends it. */
export const reminderFeedQuerySchema = z.strictObject({
  token: z.string({ error: "Give the feed's token." }).min(1, "Give the feed's token.").max(200, "Unknown feed."),
});
export type ReminderFeedQuery = z.output<typeof reminderFeedQuerySchema>;

/** GET and PUT /reminders. */
export const remindersSchema = z
  .strictObject({
    intervalWeeks: z.int().meta({ description: "Weeks between reassessments: 2, 4 or 8; 0 is off." }),
    nextDue: z.iso.date().nullable().meta({ description: "The day the next reassessment is due (UTC); null while off." }),
    feed: z.strictObject({ active: z.boolean(), createdAt: z.iso.datetime().nullable() }),
  })
  .meta({ id: "Reminders" });

/** POST /reminders/feed: the new feed's token, shown this once. */
export const reminderFeedSchema = z
  .strictObject({
    token: z.string(),
    path: z.string().meta({ description: "The feed's path with its token: subscribe to it from a calendar app." }),
  })
  .meta({ id: "ReminderFeed" });
