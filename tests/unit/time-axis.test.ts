import { describe, expect, it } from "vitest";
import { timeTicks } from "@/lib/domain/time-axis";

const iso = (t: { at: number }) => new Date(t.at).toISOString().slice(0, 10);

describe("timeTicks", () => {
  it("puts one tick per day over a short span, each a different date", () => {
    const ticks = timeTicks(Date.UTC(2026, 10, 1, 9), Date.UTC(2026, 10, 4, 18), 10);
    expect(ticks.map(iso)).toEqual(["2026-11-02", "2026-11-03", "2026-11-04"]);
  });

  it("widens the step until the labels fit", () => {
    const ticks = timeTicks(Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 31), 4);
    expect(ticks.map(iso)).toEqual(["2026-01-01", "2026-01-15", "2026-01-29"]);
  });

  it("switches to months over long spans, on the first of the month", () => {
    const ticks = timeTicks(Date.UTC(2025, 0, 15), Date.UTC(2026, 11, 1), 5);
    expect(ticks.every((t) => t.unit === "month")).toBe(true);
    expect(ticks.map(iso)).toEqual(["2025-07-01", "2026-01-01", "2026-07-01"]);
    expect(new Set(ticks.map(iso)).size).toBe(ticks.length);
  });

  it("starts days at the viewer's midnight, not UTC's", () => {
    const twoHoursAhead = () => -2 * 3_600_000;
    const ticks = timeTicks(Date.UTC(2026, 10, 1, 12), Date.UTC(2026, 10, 2, 23), 10, twoHoursAhead);
    expect(ticks.map((t) => new Date(t.at).toISOString())).toEqual(["2026-11-01T22:00:00.000Z", "2026-11-02T22:00:00.000Z"]);
  });
});
