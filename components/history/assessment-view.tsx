import { formatReadiness } from "@/components/format";
import { EvidenceNote } from "@/components/notes/evidence-note";
import { levelName } from "@/lib/domain/framework";

interface Props {
  assessment: { readiness: Record<string, number>; ratings: { skill: string; level: number; note: string | null }[]; note: string | null };
  roles: readonly { slug: string; name: string }[];
  skills: readonly { slug: string; name: string }[];
}

export function AssessmentView({ assessment, roles, skills }: Props) {
  const ratings = new Map(assessment.ratings.map((rating) => [rating.skill, rating]));
  return (
    <>
      <section aria-labelledby="readiness-heading" className="space-y-2">
        <h2 id="readiness-heading" className="text-xl font-semibold">
          Readiness
        </h2>
        <ul className="grid gap-3 sm:grid-cols-3">
          {roles.map((role) => (
            <li key={role.slug} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
              <span className="block text-sm">{role.name}</span>
              <span className="text-2xl font-bold">{formatReadiness(assessment.readiness[role.slug] ?? 0)}</span>
            </li>
          ))}
        </ul>
        {assessment.note && (
          <p className="text-sm">
            Note: <EvidenceNote note={assessment.note} />
          </p>
        )}
      </section>
      <section aria-labelledby="ratings-heading" className="space-y-2">
        <h2 id="ratings-heading" className="text-xl font-semibold">
          Ratings
        </h2>
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="ratings-heading">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300 dark:border-slate-700">
                <th scope="col" className="p-2">
                  Skill
                </th>
                <th scope="col" className="p-2">
                  Level
                </th>
                <th scope="col" className="p-2">
                  Evidence
                </th>
              </tr>
            </thead>
            <tbody>
              {skills.map((skill) => {
                const rating = ratings.get(skill.slug);
                return (
                  <tr key={skill.slug} className="border-b border-slate-200 dark:border-slate-800">
                    <th scope="row" className="p-2 font-normal">
                      {skill.name}
                    </th>
                    <td className="p-2">{rating ? `${rating.level} ${levelName(rating.level)}` : "Not rated (counts as 0)"}</td>
                    <td className="p-2 break-all">{rating?.note && <EvidenceNote note={rating.note} />}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
