import { describe, expect, test } from "vitest";
import { downsampledPositions } from "@/lib/domain/downsample";
import { forecastGoal, isOnTrack, readinessTrend, type ReadinessPoint } from "@/lib/domain/trend";

const NOW = new Date("2026-11-26T00:00:00Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
const point = (days: number, readiness: number): ReadinessPoint => ({ at: daysAgo(days), readiness });

describe("trend: least-squares slope over the last 180 days, in points per 30 days", () => {
  test.each([
    ["no assessments", [], { kind: "insufficient", reason: "too-few-assessments", points: 0 }],
    ["two assessments", [point(60, 0.2), point(0, 0.4)], { kind: "insufficient", reason: "too-few-assessments", points: 2 }],
    ["three within 13 days", [point(13, 0.2), point(6, 0.3), point(0, 0.4)], { kind: "insufficient", reason: "span-too-short", points: 3 }],
    [
      "three, but one older than 180 days",
      [point(200, 0.1), point(20, 0.3), point(0, 0.4)],
      { kind: "insufficient", reason: "too-few-assessments", points: 2 },
    ],
  ] as const)("%s: no trend", (_name, history, expected) => {
    expect(readinessTrend(history, NOW)).toEqual(expected);
  });

  test.each([
    // 10 points over 30 days, exactly on a line.
    ["rising on a line", [point(60, 0.2), point(30, 0.3), point(0, 0.4)], 10],
    ["exactly 14 days counts", [point(14, 0.3), point(7, 0.3), point(0, 0.3)], 0],
    ["falling", [point(60, 0.5), point(30, 0.4), point(0, 0.3)], -10],
    // y = 20, 40, 30 at x = 0, 30, 60: slope = sum((x-30)(y-30)) / sum((x-30)^2) = 300/1800 per day.
    ["least squares through scatter", [point(60, 0.2), point(30, 0.4), point(0, 0.3)], 5],
  ] as const)("%s: %d points per 30 days", (_name, history, slope) => {
    const trend = readinessTrend(history, NOW);
    expect(trend.kind).toBe("slope");
    if (trend.kind === "slope") expect(trend.pointsPer30Days).toBeCloseTo(slope, 10);
  });
});

describe("forecast: when readiness reaches the goal at the trend's slope", () => {
  const rising = readinessTrend([point(60, 0.2), point(30, 0.3), point(0, 0.4)], NOW);

  test("rising: from 40% at +10 points per 30 days, 80% is 120 days after the latest assessment", () => {
    expect(forecastGoal(point(0, 0.4), rising, 0.8)).toEqual({ kind: "date", date: new Date(NOW.getTime() + 120 * 86_400_000) });
  });

  test.each([
    ["no assessments", undefined, readinessTrend([], NOW), 1, { kind: "none", reason: "no-trend" }],
    ["too few points", point(0, 0.4), readinessTrend([point(0, 0.4)], NOW), 1, { kind: "none", reason: "no-trend" }],
    [
      "flat",
      point(0, 0.3),
      readinessTrend([point(30, 0.3), point(15, 0.3), point(0, 0.3)], NOW),
      1,
      { kind: "none", reason: "flat-or-falling" },
    ],
    [
      "falling",
      point(0, 0.3),
      readinessTrend([point(60, 0.5), point(30, 0.4), point(0, 0.3)], NOW),
      1,
      { kind: "none", reason: "flat-or-falling" },
    ],
    ["already at the goal", point(0, 0.8), rising, 0.8, { kind: "reached" }],
  ] as const)("%s", (_name, latest, trend, goal, expected) => {
    expect(forecastGoal(latest, trend, goal)).toEqual(expected);
  });

  test.each([
    ["no goal date", { kind: "date", date: daysAgo(-10) }, null, null],
    ["forecast before the goal date", { kind: "date", date: daysAgo(-10) }, daysAgo(-20), true],
    ["forecast after the goal date", { kind: "date", date: daysAgo(-30) }, daysAgo(-20), false],
    ["no forecast with a goal date", { kind: "none", reason: "flat-or-falling" }, daysAgo(-20), false],
    ["goal reached", { kind: "reached" }, daysAgo(-20), true],
  ] as const)("on track: %s", (_name, forecast, goalDate, expected) => {
    expect(isOnTrack(forecast, goalDate)).toBe(expected);
  });
});

describe("down-sampling a series to at most 200 points", () => {
  const values = Array.from({ length: 1000 }, (_, i) => Math.sin(i / 37) + (i === 421 ? 5 : 0) - (i === 777 ? 5 : 0));

  test("keeps the first, the last and the extremes, in order, within the limit", () => {
    const kept = downsampledPositions(values, 200);
    expect(kept.length).toBeLessThanOrEqual(200);
    expect(kept.length).toBeGreaterThan(150);
    expect(kept[0]).toBe(0);
    expect(kept.at(-1)).toBe(999);
    expect(kept).toContain(421);
    expect(kept).toContain(777);
    expect(kept).toEqual([...new Set(kept)].sort((a, b) => a - b));
  });

  test("each bucket keeps its lowest and highest value, the first of equal ones", () => {
    // 10 values into at most 6 points: first, last, and two buckets of four.
    expect(downsampledPositions([5, 3, 9, 3, 9, 1, 1, 7, 7, 4], 6)).toEqual([0, 1, 2, 5, 7, 9]);
  });

  test("a short series is kept whole", () => {
    expect(downsampledPositions(values.slice(0, 10), 200)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
