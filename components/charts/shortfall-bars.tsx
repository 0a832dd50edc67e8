"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { CHART_COLOURS, ChartFigure } from "./chart-figure";

interface Props {
  roleName: string;
  skills: { skill: string; name: string; weightedShortfall: number; level: number; target: number; weight: number }[];
}

/** The role's weighted shortfall per skill, largest first: where the gap is. */
export function ShortfallBars({ roleName, skills }: Props) {
  const short = skills.filter((s) => s.weightedShortfall > 0).sort((a, b) => b.weightedShortfall - a.weightedShortfall);
  return (
    <ChartFigure
      id="shortfall"
      caption={`Where your gap to ${roleName} is: weighted shortfall per skill`}
      columns={["Skill", "Weighted shortfall", "Levels short", "Weight"]}
      rows={short.map((s) => [s.name, s.weightedShortfall, s.target - s.level, s.weight])}
    >
      {short.length === 0 ? (
        <p className="grid h-full place-items-center">No shortfall: you meet every target of this role.</p>
      ) : (
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            accessibilityLayer={false}
            data={short.map((s) => ({ name: s.name.replace(/\s*\(.*\)$/, ""), value: s.weightedShortfall }))}
            layout="vertical"
            margin={{ left: 8, right: 16 }}
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={{ fill: "currentColor", fontSize: 11 }} />
            <YAxis type="category" dataKey="name" width={130} interval={0} tick={{ fill: "currentColor", fontSize: 10 }} />
            <Tooltip />
            <Bar dataKey="value" name="Weighted shortfall" fill={CHART_COLOURS.you} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      )}
    </ChartFigure>
  );
}
