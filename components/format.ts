import { formatReadiness } from "@/lib/domain/gap";

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

/** "14 March 2027": dates are shown in UTC so server and browser agree. */
export function formatDate(value: string | Date): string {
  return dateFormat.format(new Date(value));
}

export function formatDateTime(value: string | Date): string {
  return `${dateTimeFormat.format(new Date(value))} UTC`;
}

export { formatReadiness };

/** A change in readiness as signed percentage points: "+4.2 points". */
export function formatPointsChange(change: number): string {
  const points = Math.round(change * 1000) / 10;
  return `${points > 0 ? "+" : points < 0 ? "−" : "±"}${Math.abs(points).toFixed(1)} points`;
}
