import Link from "next/link";
import { formatPointsChange, formatReadiness } from "@/components/format";
import { LocalTime } from "@/components/local-time";
import { blindSpots, type SkillCalibration } from "@/lib/domain/calibration";
import type { ReviewCalibration } from "@/lib/domain/sharing";

type Named = { slug: string; name: string };

/**
 * The dashboard's second opinion: readiness per role by your ratings and by
 * your reviewer's, and the skills where the two of you disagree most.
 */
export function CalibrationSection({
  calibration,
  roles,
  skills,
}: {
  calibration: ReviewCalibration;
  roles: readonly Named[];
  skills: readonly Named[];
}) {
  const reviewer = calibration.reviewerName;
  const { overrated, underrated } = blindSpots(calibration.skills);
  const skillName = (slug: string) => skills.find((skill) => skill.slug === slug)?.name ?? slug;
  const selfReadiness = calibration.readiness.self;
  return (
    <section aria-labelledby="calibration-heading" className="space-y-4 rounded-xl border border-line bg-surface p-4 shadow-sm">
      <div className="space-y-1">
        <h2 id="calibration-heading" className="text-xl font-semibold">
          Second opinion from {reviewer}
        </h2>
        <p className="text-sm text-muted">
          {reviewer} rated you on <LocalTime value={calibration.answeredAt} dateOnly />.{" "}
          {calibration.selfAssessedAt ? (
            <>
              Your side is your assessment of <LocalTime value={calibration.selfAssessedAt} dateOnly />, the latest before the review.
            </>
          ) : (
            "You had no assessment before the review, so there is nothing of yours to set beside it."
          )}{" "}
          The review does not change your own ratings.
        </p>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Readiness per role by your ratings and by {reviewer}&apos;s</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="p-2">
                Role
              </th>
              <th scope="col" className="p-2">
                By you
              </th>
              <th scope="col" className="p-2">
                By {reviewer}
              </th>
              <th scope="col" className="p-2">
                Difference
              </th>
            </tr>
          </thead>
          <tbody>
            {roles.map((role) => {
              const theirs = calibration.readiness.reviewer[role.slug] ?? 0;
              const yours = selfReadiness?.[role.slug];
              return (
                <tr key={role.slug} className="border-b border-line">
                  <th scope="row" className="p-2 font-normal">
                    {role.name}
                  </th>
                  <td className="p-2">{yours === undefined ? "—" : formatReadiness(yours)}</td>
                  <td className="p-2">{formatReadiness(theirs)}</td>
                  <td className="p-2">{yours === undefined ? "—" : formatPointsChange(theirs - yours)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {selfReadiness && (
        <div className="grid gap-4 sm:grid-cols-2">
          <BlindSpotList
            title={`You rate yourself higher than ${reviewer}`}
            empty={`Nowhere: ${reviewer} rates you at least as high on every skill.`}
            entries={overrated}
            reviewer={reviewer}
            skillName={skillName}
          />
          <BlindSpotList
            title={`${reviewer} rates you higher than you do`}
            empty={`Nowhere: you rate yourself at least as high as ${reviewer} on every skill.`}
            entries={underrated}
            reviewer={reviewer}
            skillName={skillName}
          />
        </div>
      )}
      <p className="text-sm">
        <Link href="/settings#reviews">Ask someone else for a review</Link>
      </p>
    </section>
  );
}

function BlindSpotList({
  title,
  empty,
  entries,
  reviewer,
  skillName,
}: {
  title: string;
  empty: string;
  entries: SkillCalibration[];
  reviewer: string;
  skillName: (slug: string) => string;
}) {
  return (
    <div className="space-y-1">
      <h3 className="font-semibold">{title}</h3>
      {entries.length === 0 ? (
        <p className="text-sm">{empty}</p>
      ) : (
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {entries.map((entry) => (
            <li key={entry.skill}>
              {skillName(entry.skill)}: you {entry.self}, {reviewer} {entry.reviewer}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
