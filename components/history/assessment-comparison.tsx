"use client";

import { formatDateTime, formatLevel, formatPointsChange, shareAMinute } from "@/components/format";
import { useViewerZone } from "@/components/local-time";
import { Card } from "@/components/ui/card";
import { ColumnHeads, Table, rowClass, tdClass } from "@/components/ui/table";
import type { SkillChange } from "@/lib/domain/assessment";

interface Props {
  comparison: {
    before: { createdAt: string };
    after: { createdAt: string };
    changes: SkillChange[];
    readinessChange: Record<string, number>;
  };
  roles: readonly { slug: string; name: string }[];
  skills: readonly { slug: string; name: string }[];
}

/** "from X to Y"; two saves within the same second are told apart by their order instead. */
function comparisonTitle(before: string, after: string): string {
  return before === after ? `What changed between two saves at ${before} (earlier, then later)` : `What changed from ${before} to ${after}`;
}

export function AssessmentComparisonView({ comparison, roles, skills }: Props) {
  const zone = useViewerZone();
  const names = new Map(skills.map((skill) => [skill.slug, skill.name]));
  const moments = [comparison.before.createdAt, comparison.after.createdAt];
  const seconds = shareAMinute(moments);
  const title = comparisonTitle(formatDateTime(moments[0]!, zone, { seconds }), formatDateTime(moments[1]!, zone, { seconds }));
  return (
    <Card title={title}>
      <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
        {roles.map((role) => (
          <li key={role.slug}>
            {role.name}: <strong>{formatPointsChange(comparison.readinessChange[role.slug] ?? 0)}</strong>
          </li>
        ))}
      </ul>
      {comparison.changes.length === 0 ? (
        <p>No skill changed level.</p>
      ) : (
        <Table caption="Skills whose level changed" hideCaption>
          <ColumnHeads names={["Skill", "Before", "After"]} />
          <tbody>
            {comparison.changes.map((change) => {
              const delta = (change.to ?? 0) - (change.from ?? 0);
              return (
                <tr key={change.skill} className={rowClass}>
                  <th scope="row" className={`${tdClass} text-left font-normal`}>
                    {names.get(change.skill) ?? change.skill}
                  </th>
                  <td className={tdClass}>{formatLevel(change.from)}</td>
                  <td className={tdClass}>
                    {formatLevel(change.to)}{" "}
                    <span className={`whitespace-nowrap font-semibold ${delta > 0 ? "text-success-ink" : "text-danger-ink"}`}>
                      ({delta > 0 ? `up ${delta}` : `down ${-delta}`})
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
