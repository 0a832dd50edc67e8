import { db } from "./client";

export interface ReminderRow {
  intervalWeeks: number;
  feedCreatedAt: Date | null;
}

/** Read on every dashboard render, so one raw statement (see findSessionUser for why raw). */
export async function findReminder(userId: string): Promise<ReminderRow | null> {
  const rows = await db.$queryRaw<ReminderRow[]>`SELECT "intervalWeeks", "feedCreatedAt" FROM "Reminder" WHERE "userId" = ${userId}`;
  return rows[0] ?? null;
}

export async function saveReminderInterval(userId: string, intervalWeeks: number): Promise<void> {
  await db.reminder.upsert({ where: { userId }, create: { userId, intervalWeeks }, update: { intervalWeeks } });
}

/** Sets the feed's token hash (a new feed ends the one before), or clears it to revoke the feed. */
export async function saveFeedTokenHash(userId: string, feedTokenHash: string | null, at: Date): Promise<void> {
  const feed = { feedTokenHash, feedCreatedAt: feedTokenHash ? at : null };
  await db.reminder.upsert({ where: { userId }, create: { userId, ...feed }, update: feed });
}

/** The feed's owner and rhythm, and the date of their latest assessment. */
export async function findFeed(feedTokenHash: string): Promise<{ intervalWeeks: number; lastAssessedAt: Date | null } | null> {
  const row = await db.reminder.findUnique({
    where: { feedTokenHash },
    select: {
      intervalWeeks: true,
      user: { select: { assessments: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1, select: { createdAt: true } } } },
    },
  });
  return row && { intervalWeeks: row.intervalWeeks, lastAssessedAt: row.user.assessments[0]?.createdAt ?? null };
}
