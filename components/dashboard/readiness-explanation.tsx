import { formatReadiness, wholePoints } from "@/components/format";
import { Card } from "@/components/ui/card";
import { readinessBreakdown, WEIGHT_LABELS, weightKind } from "@/lib/domain/explain";
import type { DashboardData } from "./types";

const SHOWN = 3;
/** A cost in the formula, where the decimals are part of the working: "8.5". */
const exactPoints = (share: number) => (Math.round(share * 1000) / 10).toFixed(1);

/**
 * Why the focus role's readiness is what it is, in the words of a person
 * looking for a job first ("you are at 0, the role expects 5; this costs you
 * 13 of 100 points"), and the arithmetic only for those who open it.
 */
export function ReadinessExplanation({
  role,
  skills,
}: {
  role: DashboardData["roles"][number];
  skills: NonNullable<DashboardData["focus"]>["skills"];
}) {
  const { weightedTarget, weightedShortfall, costs } = readinessBreakdown(skills);
  const shown = costs.slice(0, SHOWN);
  return (
    <Card title={`Why you are ${formatReadiness(role.readiness)} ready for ${role.name}`}>
      <p>
        {role.name} expects a level in each of {skills.length} skills. Every level you are short costs points out of 100, more in the skills
        the role is built on.
      </p>
      {shown.length > 0 && (
        <>
          <p className="font-medium">What costs you the most:</p>
          <ul className="list-disc space-y-1 pl-5">
            {shown.map((cost) => (
              <li key={cost.skill}>
                <strong>{cost.name}</strong>: you are at {cost.level}, the role expects {cost.target}; this costs you{" "}
                {wholePoints(cost.cost)} of 100 points.
              </li>
            ))}
          </ul>
        </>
      )}
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-accent-ink">How is this worked out?</summary>
        <div className="mt-2 space-y-2 text-muted">
          <p>
            Each skill has a weight: 3 for a core skill the role is built on, 2 for one drawn from its day-to-day responsibilities, 1 for a
            supporting skill. Weight × target level, summed over the role&apos;s skills, gives {weightedTarget} weighted levels. You are
            short of {weightedShortfall} of them, so your readiness is 1 − {weightedShortfall}/{weightedTarget} ={" "}
            {exactPoints(role.readiness)}%, shown as {formatReadiness(role.readiness)}.
          </p>
          {shown.length > 0 && (
            <ul className="list-disc space-y-1 pl-5">
              {shown.map((cost) => (
                <li key={cost.skill}>
                  {cost.name}: {cost.levelsShort} {cost.levelsShort === 1 ? "level" : "levels"} short × weight {cost.weight} (a{" "}
                  {WEIGHT_LABELS[weightKind(cost.weight)]}) = {cost.weightedShortfall} of the {weightedTarget} weighted levels ={" "}
                  {exactPoints(cost.cost)} of 100 points.
                </li>
              ))}
            </ul>
          )}
        </div>
      </details>
    </Card>
  );
}
