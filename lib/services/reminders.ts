import "server-only";
import { createHash, randomBytes } from "node:crypto";
import ical from "ical-generator";
import type { CurrentUser } from "@/lib/auth/session";
import { findLatestLevels } from "@/lib/db/assessments";
import { findFeed, findReminder, saveFeedTokenHash, saveReminderInterval } from "@/lib/db/reminders";
import { notFound } from "@/lib/domain/errors";
import { nextReassessmentDue, reassessmentDates, type Reminders } from "@/lib/domain/reminders";
import type { ReminderFeedQuery, UpdateReminders } from "@/lib/schemas/reminders";

export const REMINDER_FEED_PATH = "/api/v1/reminders.ics";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export async function getReminders(user: CurrentUser, now = new Date()): Promise<Reminders> {
  const [reminder, latest] = await Promise.all([findReminder(user.id), findLatestLevels(user.id)]);
  const intervalWeeks = reminder?.intervalWeeks ?? 0;
  return {
    intervalWeeks,
    nextDue: nextReassessmentDue(latest?.createdAt ?? null, intervalWeeks, now),
    feed: { active: Boolean(reminder?.feedCreatedAt), createdAt: reminder?.feedCreatedAt?.toISOString() ?? null },
  };
}

export async function updateReminders(user: CurrentUser, { intervalWeeks }: UpdateReminders): Promise<Reminders> {
  await saveReminderInterval(user.id, intervalWeeks);
  return getReminders(user);
}

/**
 * A new calendar feed; any feed before it stops working. The token is
 * returned this once: only its hash is kept, so it cannot be shown again.
 */
export async function createReminderFeed(user: CurrentUser, now = new Date()): Promise<{ token: string; path: string }> {
  const token = randomBytes(32).toString("base64url");
  await saveFeedTokenHash(user.id, hashToken(token), now);
  return { token, path: `${REMINDER_FEED_PATH}?token=${token}` };
}

export async function revokeReminderFeed(user: CurrentUser): Promise<void> {
  await saveFeedTokenHash(user.id, null, new Date());
}

/**
 * The iCalendar feed behind a token: the coming reassessment dates and
 * nothing else (no name, no email, no figures). An unknown or revoked token
 * is a 404; with reminders off the calendar is empty.
 */
export async function reminderCalendar({ token }: ReminderFeedQuery, now = new Date()): Promise<string> {
  const tokenHash = hashToken(token);
  const feed = await findFeed(tokenHash);
  if (!feed) throw notFound("Calendar feed");
  const calendar = ical({ name: "Skillgap reassessments", prodId: { company: "Skillgap", product: "Reminders", language: "EN" } });
  const firstDue = nextReassessmentDue(feed.lastAssessedAt, feed.intervalWeeks, now);
  // A UID per feed and date that gives nothing away about the account.
  const uidPrefix = hashToken(tokenHash).slice(0, 16);
  for (const date of firstDue ? reassessmentDates(firstDue, feed.intervalWeeks) : []) {
    calendar.createEvent({
      id: `${uidPrefix}-${date}@skillgap`,
      start: new Date(`${date}T00:00:00Z`),
      allDay: true,
      summary: "Reassess your skills (Skillgap)",
    });
  }
  return calendar.toString();
}
