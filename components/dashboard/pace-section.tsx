import { formatDate } from "@/components/format";
import { Card } from "@/components/ui/card";
import { describeForecast, describeTrend } from "./describe";
import type { DashboardData } from "./types";

/** Trend, forecast and whether the goal date holds: only claimed once there is a trend to judge it by. */
export function PaceSection({ data }: { data: DashboardData }) {
  return (
    <Card title="Pace">
      <p>{describeTrend(data.trend)}</p>
      <p>{describeForecast(data.forecast, data.goal)}</p>
      {data.goal.date && (
        <p className={`font-medium ${data.trend.kind !== "slope" ? "text-muted" : data.onTrack ? "text-success-ink" : "text-warning-ink"}`}>
          {data.trend.kind !== "slope"
            ? `Not enough data yet to tell whether you are on track for your goal date, ${formatDate(data.goal.date)}.`
            : data.onTrack
              ? `On track for your goal date, ${formatDate(data.goal.date)}.`
              : `Not on track for your goal date, ${formatDate(data.goal.date)}.`}
        </p>
      )}
    </Card>
  );
}
