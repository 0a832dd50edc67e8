import { formatDateTime, formatPointsChange } from "@/components/format";
import type { SkillChange } from "@/lib/domain/assessment";
import { levelName } from "@/lib/domain/framework";

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

export function AssessmentComparisonView({ comparison, roles, skills }: Props) {
  const names = new Map(skills.map((skill) => [skill.slug, skill.name]));
  return (
    <section aria-labelledby="comparison-heading" className="space-y-3 rounded-lg border border-indigo-200 p-4 dark:border-indigo-900">
      <h2 id="comparison-heading" className="text-xl font-semibold">
        What changed from {formatDateTime(comparison.before.createdAt)} to {formatDateTime(comparison.after.createdAt)}
      </h2>
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
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Skills whose level changed</caption>
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-700">
              <th scope="col" className="p-2">
                Skill
              </th>
              <th scope="col" className="p-2">
                Before
              </th>
              <th scope="col" className="p-2">
                After
              </th>
              <th scope="col" className="p-2">
                Change
              </th>
            </tr>
          </thead>
          <tbody>
            {comparison.changes.map((change) => (
              <tr key={change.skill} className="border-b border-slate-200 dark:border-slate-800">
                <th scope="row" className="p-2 font-normal">
                  {names.get(change.skill) ?? change.skill}
                </th>
                <td className="p-2">
                  {change.from} {levelName(change.from)}
                </td>
                <td className="p-2">
                  {change.to} {levelName(change.to)}
                </td>
                <td className="p-2 font-medium">
                  {change.to > change.from ? `Up ${change.to - change.from}` : `Down ${change.from - change.to}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
