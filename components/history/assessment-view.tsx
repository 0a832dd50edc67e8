import { formatLevel, formatReadiness } from "@/components/format";
import { EvidenceNote } from "@/components/notes/evidence-note";
import { Card, cardClass } from "@/components/ui/card";
import { ColumnHeads, Table, rowClass, tdClass } from "@/components/ui/table";

interface Props {
  assessment: {
    readiness: Record<string, number>;
    ratings: { skill: string; level: number; note: string | null; byChoice: boolean }[];
    note: string | null;
  };
  roles: readonly { slug: string; name: string }[];
  skills: readonly { slug: string; name: string }[];
}

export function AssessmentView({ assessment, roles, skills }: Props) {
  const ratings = new Map(assessment.ratings.map((rating) => [rating.skill, rating]));
  return (
    <>
      <Card title="Readiness">
        <ul className="grid gap-3 sm:grid-cols-3">
          {roles.map((role) => (
            <li key={role.slug} className={`${cardClass} bg-subtle shadow-none`}>
              <span className="block text-sm text-muted">{role.name}</span>
              <span className="text-2xl font-bold tabular-nums">{formatReadiness(assessment.readiness[role.slug] ?? 0)}</span>
            </li>
          ))}
        </ul>
        {assessment.note && (
          <p className="text-sm">
            Note: <EvidenceNote note={assessment.note} />
          </p>
        )}
      </Card>
      <Table caption="Ratings" minWidth="32rem">
        <ColumnHeads names={["Skill", "Level", "Evidence"]} />
        <tbody>
          {skills.map((skill) => {
            const rating = ratings.get(skill.slug);
            return (
              <tr key={skill.slug} className={rowClass}>
                <th scope="row" className={`${tdClass} text-left font-normal`}>
                  {skill.name}
                </th>
                <td className={tdClass}>{formatLevel(rating?.byChoice === false ? null : rating?.level)}</td>
                <td className={`${tdClass} break-words`}>{rating?.note && <EvidenceNote note={rating.note} />}</td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </>
  );
}
