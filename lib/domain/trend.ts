/** Trend and forecast of readiness over time (FRAMEWORK.md). */
import { DAY_MS } from "./time";

export interface ReadinessPoint {
  at: Date;
  /** 0-1. */
  readiness: number;
}

export const TREND_WINDOW_DAYS = 180;
export const TREND_MIN_POINTS = 3;
export const TREND_MIN_SPAN_DAYS = 14;

export type Trend =
  | { kind: "slope"; pointsPer30Days: number; points: number }
  | { kind: "insufficient"; reason: "too-few-assessments" | "span-too-short"; points: number };

/**
 * Least-squares slope of readiness (in percentage points) against time, over
 * the assessments of the last 180 days, in points per 30 days.
 */
export function readinessTrend(history: readonly ReadinessPoint[], now: Date): Trend {
  const since = now.getTime() - TREND_WINDOW_DAYS * DAY_MS;
  const points = history.filter((p) => p.at.getTime() >= since && p.at.getTime() <= now.getTime());
  if (points.length < TREND_MIN_POINTS) return { kind: "insufficient", reason: "too-few-assessments", points: points.length };
  const times = points.map((p) => p.at.getTime());
  const spanDays = (Math.max(...times) - Math.min(...times)) / DAY_MS;
  if (spanDays < TREND_MIN_SPAN_DAYS) return { kind: "insufficient", reason: "span-too-short", points: points.length };

  // Centre the x values (days) so the sums stay small and exact enough.
  const xs = times.map((t) => t / DAY_MS);
  const ys = points.map((p) => p.readiness * 100);
  const meanX = xs.reduce((a, b) => a + b, 0) / xs.length;
  const meanY = ys.reduce((a, b) => a + b, 0) / ys.length;
  let covariance = 0;
  let variance = 0;
  xs.forEach((x, i) => {
    covariance += (x - meanX) * (ys[i]! - meanY);
    variance += (x - meanX) ** 2;
  });
  return { kind: "slope", pointsPer30Days: (covariance / variance) * 30, points: points.length };
}

export type Forecast = { kind: "reached" } | { kind: "date"; date: Date } | { kind: "none"; reason: "no-trend" | "flat-or-falling" };

/**
 * When readiness reaches the goal (0-1) at the trend's slope, counted from the
 * latest assessment's readiness: that is the number a user sees today.
 */
export function forecastGoal(latest: ReadinessPoint | undefined, trend: Trend, goal: number): Forecast {
  if (latest && latest.readiness >= goal) return { kind: "reached" };
  if (!latest || trend.kind !== "slope") return { kind: "none", reason: "no-trend" };
  if (trend.pointsPer30Days <= 0) return { kind: "none", reason: "flat-or-falling" };
  const days = ((goal - latest.readiness) * 100 * 30) / trend.pointsPer30Days;
  return { kind: "date", date: new Date(latest.at.getTime() + days * DAY_MS) };
}

/** Whether the forecast reaches the goal by the goal date; null when no goal date is set. */
export function isOnTrack(forecast: Forecast, goalDate: Date | null): boolean | null {
  if (!goalDate) return null;
  if (forecast.kind === "reached") return true;
  if (forecast.kind === "none") return false;
  return forecast.date.getTime() <= goalDate.getTime();
}
