import { formatDate, formatPointsChange, formatReadiness } from "@/components/format";
import { hasGoal } from "@/lib/domain/dashboard";
import { DAY_MS } from "@/lib/domain/time";
import { TREND_MIN_POINTS, TREND_MIN_SPAN_DAYS, TREND_WINDOW_DAYS, type Trend } from "@/lib/domain/trend";
import type { DashboardData } from "./types";

/** "+4.2 points per 30 days", or why there is no trend yet. */
export function describeTrend(trend: Trend): string {
  if (trend.kind === "slope") {
    return `Trend: ${formatPointsChange(trend.pointsPer30Days / 100)} per 30 days, over your last ${trend.points} assessments.`;
  }
  return trend.reason === "too-few-assessments"
    ? `No trend yet: it needs at least ${TREND_MIN_POINTS} assessments in the last ${TREND_WINDOW_DAYS} days.`
    : `No trend yet: your assessments in the last ${TREND_WINDOW_DAYS} days need to span at least ${TREND_MIN_SPAN_DAYS} days.`;
}

/** The forecast towards the goal; without a goal the user chose, towards 100%, never called a goal. */
export function describeForecast(forecast: DashboardData["forecast"], goal: DashboardData["goal"]): string {
  const chosen = hasGoal(goal);
  switch (forecast.kind) {
    case "reached":
      return chosen ? `You have reached your goal of ${formatReadiness(goal.readiness)}.` : "You meet every target of the role.";
    case "date":
      return `At this pace you reach ${formatReadiness(goal.readiness)} on ${formatDate(forecast.date)}.`;
    case "none":
      return forecast.reason === "flat-or-falling"
        ? "No forecast: your readiness is not rising at the moment."
        : "No forecast yet: it needs a trend first.";
  }
}

/**
 * The dashed forecast line: from the latest point along the trend to the goal
 * date, or to the forecast date when the goal is reached before it (so a
 * far-off goal date does not squash the history into the chart's edge).
 */
export function projectionTowardsGoal(
  last: { at: string; readiness: number },
  trend: Trend,
  forecast: DashboardData["forecast"],
  goal: DashboardData["goal"],
) {
  if (trend.kind !== "slope" || trend.pointsPer30Days <= 0 || forecast.kind === "reached") return null;
  const forecastAt = forecast.kind === "date" ? Date.parse(forecast.date) : null;
  const goalAt = goal.date ? Date.parse(`${goal.date}T00:00:00Z`) : null;
  const end = forecastAt !== null && goalAt !== null ? Math.min(forecastAt, goalAt) : (goalAt ?? forecastAt);
  if (end === null || end <= Date.parse(last.at)) return null;
  const days = (end - Date.parse(last.at)) / DAY_MS;
  const readiness = Math.min(1, last.readiness + (trend.pointsPer30Days / 100) * (days / 30));
  return { from: last, to: { at: new Date(end).toISOString(), readiness } };
}
