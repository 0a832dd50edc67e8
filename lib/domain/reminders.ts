/** The reassessment rhythm: how often the user wants to reassess, and when the next one falls due. */

/** Weeks between reassessments; 0 turns reminders off. */
export const REMINDER_INTERVALS = [0, 2, 4, 8] as const;
export type ReminderInterval = (typeof REMINDER_INTERVALS)[number];

/** How many due dates the calendar feed lists ahead. */
export const FEED_OCCURRENCES = 6;

/** GET /reminders. */
export interface Reminders {
  intervalWeeks: number;
  /** YYYY-MM-DD (UTC); null while reminders are off. */
  nextDue: string | null;
  feed: { active: boolean; createdAt: string | null };
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The day (UTC, YYYY-MM-DD) the next reassessment is due: the interval after
 * the latest assessment, which may already be past (overdue). None while
 * reminders are off; today before a first assessment.
 */
export function nextReassessmentDue(lastAssessedAt: Date | null, intervalWeeks: number, now: Date): string | null {
  if (intervalWeeks <= 0) return null;
  const due = lastAssessedAt ? new Date(lastAssessedAt.getTime() + intervalWeeks * WEEK_MS) : now;
  return due.toISOString().slice(0, 10);
}

/** The feed's dates: the next due date, then one every interval after it. */
export function reassessmentDates(firstDue: string, intervalWeeks: number, count = FEED_OCCURRENCES): string[] {
  const start = Date.parse(`${firstDue}T00:00:00Z`);
  return Array.from({ length: count }, (_, index) => new Date(start + index * intervalWeeks * WEEK_MS).toISOString().slice(0, 10));
}
