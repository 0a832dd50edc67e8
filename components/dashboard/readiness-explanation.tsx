import { formatReadiness } from "@/components/format";
import { Card } from "@/components/ui/card";
import { readinessBreakdown, WEIGHT_LABELS, weightKind } from "@/lib/domain/explain";
import type { DashboardData } from "./types";

const SHOWN = 3;
const points = (share: number) => `${(Math.round(share * 1000) / 10).toFixed(1)} points`;

/** How the focus role's readiness comes out of this user's own ratings. */
export function ReadinessExplanation({
  role,
  skills,
}: {
  role: DashboardData["roles"][number];
  skills: NonNullable<DashboardData["focus"]>["skills"];
}) {
  const { weightedTarget, weightedShortfall, costs } = readinessBreakdown(skills);
  return (
    <Card title={`How your ${formatReadiness(role.readiness)} for ${role.name} is worked out`}>
      <p>
        {role.name} asks for {skills.length} skills, each at a target level. Every level you are short costs readiness in proportion to the
        skill&apos;s weight: {weightedTarget} weighted levels in all, of which you are missing {weightedShortfall}, so your readiness is 1 −{" "}
        {weightedShortfall}/{weightedTarget} = {formatReadiness(role.readiness)}.
      </p>
      {costs.length > 0 && (
        <>
          <p className="font-medium">What costs you the most:</p>
          <ul className="list-disc space-y-1 pl-5">
            {costs.slice(0, SHOWN).map((cost) => (
              <li key={cost.skill}>
                <strong>{cost.name}</strong>: {cost.levelsShort} {cost.levelsShort === 1 ? "level" : "levels"} short (you {cost.level},
                target {cost.target}) × weight {cost.weight}, a {WEIGHT_LABELS[weightKind(cost.weight)]} = {points(cost.cost)}.
              </li>
            ))}
          </ul>
        </>
      )}
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-accent-ink">What do the weights mean?</summary>
        <p className="mt-2 text-muted">
          Core skills (weight 3) are the ones the role is built on. Skills drawn from its day-to-day responsibilities weigh 2, and
          supporting skills weigh 1. So one level missing in a core skill costs three times as much readiness as one level missing in a
          supporting skill.
        </p>
      </details>
    </Card>
  );
}
