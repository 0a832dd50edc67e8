"use client";

import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Legend } from "recharts";
import { levelName } from "@/lib/domain/framework";
import { CHART_COLOURS, ChartFigure } from "./chart-figure";

interface Props {
  roleName: string;
  skills: { skill: string; name: string; level: number; target: number }[];
}

function shortName(name: string): string {
  return name.replace(/\s*\(.*\)$/, "");
}

/** The user's levels against the role's targets, over the role's skills. */
export function ReadinessRadar({ roleName, skills }: Props) {
  const data = skills.map((s) => ({ name: shortName(s.name), you: s.level, target: s.target }));
  return (
    <ChartFigure
      id="radar"
      caption={`Your levels against the ${roleName} targets`}
      columns={["Skill", "Your level", "Target"]}
      rows={skills.map((s) => [s.name, `${s.level} ${levelName(s.level)}`, `${s.target} ${levelName(s.target)}`])}
    >
      <ResponsiveContainer width="100%" height="100%">
        <RadarChart data={data} outerRadius="60%" accessibilityLayer={false}>
          <PolarGrid />
          <PolarAngleAxis dataKey="name" tick={{ fill: "currentColor", fontSize: 10 }} />
          <PolarRadiusAxis domain={[0, 5]} tickCount={6} tick={{ fill: "currentColor", fontSize: 10 }} />
          <Radar
            name="Target"
            dataKey="target"
            stroke={CHART_COLOURS.target}
            fill={CHART_COLOURS.target}
            fillOpacity={0.15}
            isAnimationActive={false}
          />
          <Radar
            name="You"
            dataKey="you"
            stroke={CHART_COLOURS.you}
            fill={CHART_COLOURS.you}
            fillOpacity={0.35}
            isAnimationActive={false}
          />
          <Legend />
        </RadarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
