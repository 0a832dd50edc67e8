/**
 * Ticks for a time axis: calendar days or months at a step that leaves room
 * for every label, so no date is printed twice and none collide.
 */
const DAY_MS = 86_400_000;
const DAY_STEPS = [1, 2, 7, 14] as const;
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60] as const;

export interface TimeTick {
  at: number;
  unit: "day" | "month";
}

function startOfDay(time: number, timeZoneOffset: (t: number) => number): number {
  const shifted = time - timeZoneOffset(time);
  return shifted - (((shifted % DAY_MS) + DAY_MS) % DAY_MS) + timeZoneOffset(time);
}

/**
 * Ticks between `from` and `to` (ms), at most `maxTicks` of them. `offsetOf`
 * is the viewer's UTC offset in ms as `Date#getTimezoneOffset` counts it (so days start at the
 * viewer's midnight); the tests pass a fixed one.
 */
export function timeTicks(from: number, to: number, maxTicks: number, offsetOf: (t: number) => number = () => 0): TimeTick[] {
  const limit = Math.max(1, maxTicks);
  for (const step of DAY_STEPS) {
    const first = startOfDay(from, offsetOf) + (startOfDay(from, offsetOf) < from ? DAY_MS : 0);
    if (Math.floor((to - first) / (step * DAY_MS)) + 1 > limit) continue;
    const ticks: TimeTick[] = [];
    for (let at = first; at <= to; at += step * DAY_MS) ticks.push({ at, unit: "day" });
    return ticks;
  }
  const start = new Date(from - offsetOf(from));
  for (const step of MONTH_STEPS) {
    const ticks: TimeTick[] = [];
    let year = start.getUTCFullYear();
    let month = start.getUTCMonth() + 1;
    month = Math.ceil(month / step) * step;
    for (;;) {
      const utc = Date.UTC(year, month, 1);
      const at = utc + offsetOf(utc);
      if (at > to) break;
      if (at >= from) ticks.push({ at, unit: "month" });
      month += step;
      if (month >= 12) {
        year += Math.floor(month / 12);
        month %= 12;
      }
    }
    if (ticks.length <= limit) return ticks;
  }
  return [];
}
