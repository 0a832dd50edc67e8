"use client";

import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDate, formatReadiness } from "@/components/format";
import { CHART_COLOURS, ChartFigure } from "./chart-figure";

export interface ProgressSeries {
  slug: string;
  name: string;
  points: { at: string; readiness: number }[];
}

interface Props {
  series: ProgressSeries[];
  /** The owner's goal line; left out where the viewer is not the owner (a shared profile). */
  goal?: number;
  /** A dashed line from the latest point towards the goal, when there is a forecast. */
  projection: { from: { at: string; readiness: number }; to: { at: string; readiness: number } } | null;
}

const toPoint = (p: { at: string; readiness: number }) => ({ t: Date.parse(p.at), value: Math.round(p.readiness * 1000) / 10 });

/** Readiness over time: the target role, other roles when toggled, the goal and the projection. */
export function ProgressChart({ series, goal, projection }: Props) {
  const first = series[0];
  const rows = (first?.points ?? []).map((p) => [
    formatDate(p.at),
    ...series.map((s) => {
      const match = s.points.find((q) => q.at === p.at);
      return match ? formatReadiness(match.readiness) : "—";
    }),
  ]);
  return (
    <ChartFigure
      id="progress"
      caption={`Readiness over time${first ? ` for ${series.map((s) => s.name).join(", ")}` : ""}${goal === undefined ? "" : `, with your goal of ${formatReadiness(goal)}`}`}
      columns={["Date", ...series.map((s) => s.name)]}
      rows={rows}
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart accessibilityLayer={false} margin={{ left: 0, right: 16, top: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={["dataMin", "dataMax"]}
            tickFormatter={(t: number) => formatDate(new Date(t))}
            tick={{ fill: "currentColor", fontSize: 11 }}
          />
          <YAxis domain={[0, 100]} unit="%" tick={{ fill: "currentColor", fontSize: 11 }} />
          <Tooltip labelFormatter={(t) => formatDate(new Date(Number(t)))} formatter={(value) => `${value}%`} />
          <Legend />
          {goal !== undefined && (
            <ReferenceLine
              y={goal * 100}
              stroke={CHART_COLOURS.goal}
              strokeDasharray="2 2"
              label={{ value: `Goal ${formatReadiness(goal)}`, fill: "currentColor", fontSize: 11, position: "insideTopLeft" }}
            />
          )}
          {series.map((s, index) => (
            <Line
              key={s.slug}
              data={s.points.map(toPoint)}
              dataKey="value"
              name={s.name}
              stroke={CHART_COLOURS.roles[index % 3]}
              strokeWidth={index === 0 ? 3 : 2}
              dot={s.points.length < 60}
              isAnimationActive={false}
            />
          ))}
          {projection && (
            <Line
              data={[toPoint(projection.from), toPoint(projection.to)]}
              dataKey="value"
              name="Forecast"
              stroke={CHART_COLOURS.roles[0]}
              strokeDasharray="6 4"
              dot={false}
              isAnimationActive={false}
            />
          )}
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
