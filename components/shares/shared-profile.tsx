"use client";

import dynamic from "next/dynamic";
import { ReadinessSection } from "@/components/dashboard/readiness-section";
import { formatDate } from "@/components/format";
import { useViewerZone } from "@/components/local-time";
import type { Serialized } from "@/lib/domain/dashboard";
import { levelName, SKILL_CATEGORIES } from "@/lib/domain/framework";
import type { SharedProfile } from "@/lib/domain/sharing";

const ProgressChart = dynamic(() => import("@/components/charts/progress-chart").then((m) => m.ProgressChart), {
  ssr: false,
  loading: () => <div className="h-72 animate-pulse rounded-lg bg-subtle" />,
});

/** A read-only profile for whoever holds the link: nothing here leads into the owner's account. */
export function SharedProfileView({ profile }: { profile: Serialized<SharedProfile> }) {
  const zone = useViewerZone();
  const notesShown = profile.levels.some((level) => level.note);
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{profile.ownerName}&apos;s skills profile</h1>
        <p className="text-sm text-muted">
          {profile.assessedAt
            ? `Last updated ${formatDate(profile.assessedAt, zone)}, from ${profile.ownerName}'s latest self-assessment.`
            : `${profile.ownerName} has not assessed themself yet.`}{" "}
          A read-only view shared by its owner.
        </p>
        {profile.targetRole && (
          <p>
            Target role: <strong>{profile.targetRole.name}</strong>
          </p>
        )}
      </header>

      {profile.roles.length > 0 && (
        <ReadinessSection
          data={{ roles: profile.roles, targetRole: profile.targetRole?.slug ?? null, suggestedRole: null }}
          targetLabel="Target"
        />
      )}

      {profile.progress && profile.progress.points.length > 0 && (
        <ProgressChart
          series={[{ slug: profile.progress.role.slug, name: profile.progress.role.name, points: profile.progress.points }]}
          projection={null}
        />
      )}

      {profile.assessedAt && (
        <section aria-labelledby="shared-levels" className="space-y-4">
          <h2 id="shared-levels" className="text-xl font-semibold">
            Levels
          </h2>
          {SKILL_CATEGORIES.map((category) => (
            <table key={category} className="w-full border-collapse text-left text-sm">
              <caption className="mb-1 text-left font-semibold">{category}</caption>
              <thead className="sr-only">
                <tr>
                  <th scope="col">Skill</th>
                  <th scope="col">Level</th>
                  {notesShown && <th scope="col">Evidence</th>}
                </tr>
              </thead>
              <tbody>
                {profile.levels
                  .filter((level) => level.category === category)
                  .map((level) => (
                    <tr key={level.skill} className="border-b border-line align-top">
                      <th scope="row" className="w-1/2 py-1.5 pr-2 font-normal">
                        {level.name}
                      </th>
                      <td className="py-1.5 pr-2 whitespace-nowrap">
                        {level.level} {levelName(level.level ?? 0)}
                      </td>
                      {notesShown && <td className="py-1.5 break-words">{level.note}</td>}
                    </tr>
                  ))}
              </tbody>
            </table>
          ))}
        </section>
      )}
    </div>
  );
}
