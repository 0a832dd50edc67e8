import Link from "next/link";
import { formatPointsChange } from "@/components/format";
import { Card } from "@/components/ui/card";
import { readinessBreakdown, WEIGHT_LABELS, weightKind } from "@/lib/domain/explain";
import type { DashboardData } from "./types";

/**
 * The next best skill: the largest gain for one level. It often is not the
 * largest shortfall on the chart, so when they differ the card says why.
 */
export function NextSkillSection({ data, focusRole }: { data: DashboardData; focusRole: DashboardData["roles"][number] | undefined }) {
  const next = focusRole?.nextBestSkill;
  const largest = data.focus ? readinessBreakdown(data.focus.skills).costs[0] : undefined;
  const nextWeight = data.focus?.skills.find((s) => s.skill === next?.skill)?.weight;
  return (
    <Card title="Work on next">
      {next && focusRole ? (
        <p>
          For {focusRole.name}:{" "}
          <strong>
            <Link href={`/skills/${next.skill}`}>{next.name}</Link>
          </strong>
          , from level {next.level} towards {next.target}. One level up adds <strong>{formatPointsChange(next.gain)}</strong> of readiness.
        </p>
      ) : (
        <p>You meet every target of {focusRole?.name ?? "your target role"}.</p>
      )}
      {next && largest && nextWeight !== undefined && largest.skill !== next.skill && (
        <p className="text-sm text-muted">
          Why not {largest.name}, your largest shortfall? One level of it adds{" "}
          {formatPointsChange(largest.weight / readinessBreakdown(data.focus!.skills).weightedTarget)}, as a{" "}
          {WEIGHT_LABELS[weightKind(largest.weight)]}; one level of {next.name}, a {WEIGHT_LABELS[weightKind(nextWeight)]}, adds{" "}
          {formatPointsChange(next.gain)}. The next skill is the one where a single level gains the most, not the one furthest behind.
        </p>
      )}
      {data.nextAcrossRoles && (
        <p>
          Across all three roles:{" "}
          <strong>
            <Link href={`/skills/${data.nextAcrossRoles.skill}`}>{data.nextAcrossRoles.name}</Link>
          </strong>
          . One level up adds {formatPointsChange(data.nextAcrossRoles.totalGain)} of readiness in total, over{" "}
          {data.nextAcrossRoles.roles.map((slug) => data.roles.find((r) => r.slug === slug)?.name).join(", ")}.
        </p>
      )}
    </Card>
  );
}
