import { levelName } from "@/lib/domain/framework";
import { formatReadiness } from "@/lib/domain/gap";

/**
 * "viewer": the runtime's own time zone (the viewer's, in a browser). A
 * named value, not undefined: an undefined argument takes a parameter's
 * default, and every time "in the viewer's zone" used to be shown in UTC.
 */
export type TimeZone = "UTC" | "viewer";

// A formatter costs far more to build than to use (a server render of the dashboard built a dozen), so one is kept per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(kind: "date" | "minute" | "second", zone: TimeZone): Intl.DateTimeFormat {
  const key = `${kind} ${zone}`;
  let kept = formatters.get(key);
  if (!kept) {
    const timeZone = zone === "viewer" ? undefined : zone;
    kept = new Intl.DateTimeFormat(
      "en-GB",
      kind === "date"
        ? { day: "numeric", month: "long", year: "numeric", timeZone }
        : {
            day: "numeric",
            month: "short",
            year: "numeric",
            hour: "2-digit",
            minute: "2-digit",
            ...(kind === "second" ? { second: "2-digit" } : {}),
            timeZone,
            timeZoneName: "short",
          },
    );
    formatters.set(key, kept);
  }
  return kept;
}

/**
 * "14 March 2027". A calendar date (a goal or due date, YYYY-MM-DD) has no
 * time zone and is read in UTC, where it was written; a moment (when a link
 * expires) is given the viewer's zone, so it falls on the viewer's day.
 */
export function formatDate(value: string | Date, zone: TimeZone = "UTC"): string {
  return formatter("date", zone).format(new Date(value));
}

/** "14 Mar 2027, 09:05 PST"; with seconds ("09:05:12") where two moments shown together share a minute. */
export function formatDateTime(value: string | Date, zone: TimeZone, { seconds = false } = {}): string {
  return formatter(seconds ? "second" : "minute", zone).format(new Date(value));
}

/** Whether any two of these moments fall in the same minute: then a list shows them to the second, to tell them apart. */
export function shareAMinute(values: readonly string[]): boolean {
  const minutes = values.map((value) => Math.floor(Date.parse(value) / 60_000));
  return new Set(minutes).size < minutes.length;
}

export { formatReadiness };

/** A share of readiness (0-1) as whole points of 100, never "0" for a share there is: "13", "less than 1". */
export function wholePoints(share: number): string {
  const points = Math.round(share * 100);
  return points === 0 && share > 0 ? "less than 1" : String(points);
}

/** The same with its unit: "3 points", "1 point", "less than 1 point". */
export function formatPoints(share: number): string {
  const points = wholePoints(share);
  return `${points} ${points === "1" || points === "less than 1" ? "point" : "points"}`;
}

/** A change in readiness as signed percentage points: "+4.2 points". */
export function formatPointsChange(change: number): string {
  const points = Math.round(change * 1000) / 10;
  return `${points > 0 ? "+" : points < 0 ? "−" : "±"}${Math.abs(points).toFixed(1)} points`;
}

/** A rating as every view words it: "3 Competent", or for a skill left unrated, what it counts as. */
export function formatLevel(level: number | null | undefined): string {
  return level === null || level === undefined ? NOT_RATED : `${level} ${levelName(level)}`;
}

export const NOT_RATED = "Not rated (counts as 0)";
