"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { api } from "@/components/api-client";
import { formatLevel, formatPointsChange, formatReadiness } from "@/components/format";
import { TargetGoalForm } from "@/components/dashboard/target-goal-form";
import { RoleSwitcher, useRoleSwitcher } from "@/components/roles/role-switcher";
import { ButtonLink, buttonClass, secondaryButtonClass } from "@/components/ui/button";
import { Card, cardClass } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/field";
import { levelName, RATING_SCALE, type Framework } from "@/lib/domain/framework";
import { allRoleResults, levelOf, rankRoles, shortfall, type Levels } from "@/lib/domain/gap";
import { levelsOf, type Rating } from "@/lib/domain/assessment";

interface Props {
  framework: Framework;
  /** The latest assessment, the what-if mode's starting point; null before the first. */
  latest: { note: string | null; ratings: readonly Rating[] } | null;
  targetRole: string | null;
  goal: { readiness: number; date: string | null };
}

/**
 * The three roles side by side, skill by skill. In what-if mode the user moves
 * levels and every readiness and the ranking update at once, computed here by
 * the same lib/domain functions the server uses; nothing is saved until asked.
 */
export function CompareView({ framework, latest, targetRole, goal }: Props) {
  if (!latest) {
    return (
      <Card title="Nothing to compare yet">
        <p>
          Your readiness for each role, and which fits you best, come from your own ratings. Rate yourself once and the three roles appear
          here side by side, with what-if mode to try out changes.
        </p>
        <div className="flex flex-wrap gap-3">
          <ButtonLink href="/assess">Assess yourself</ButtonLink>
          <ButtonLink href="/roles" variant="secondary">
            See what each role expects
          </ButtonLink>
        </div>
      </Card>
    );
  }
  return <Comparison framework={framework} latest={latest} targetRole={targetRole} goal={goal} />;
}

function Comparison({ framework, latest, targetRole, goal }: Props & { latest: NonNullable<Props["latest"]> }) {
  const saved = useMemo(() => levelsOf(latest.ratings), [latest]);
  const chosen = useMemo(() => new Set(latest.ratings.filter((r) => r.byChoice !== false).map((r) => r.skill)), [latest]);
  const router = useRouter();
  const queryClient = useQueryClient();
  const [whatIf, setWhatIf] = useState(false);
  const [levels, setLevels] = useState<Levels>(saved);
  const [saveKey, setSaveKey] = useState(() => crypto.randomUUID());
  const { shown, setShown, cellClass } = useRoleSwitcher(framework.roles, targetRole);
  const current = whatIf ? levels : saved;

  const baseline = useMemo(() => new Map(allRoleResults(framework, saved).map((r) => [r.role, r])), [framework, saved]);
  const ranked = useMemo(() => rankRoles(allRoleResults(framework, current)), [framework, current]);
  const changed = framework.skills.some((s) => levelOf(levels, s.slug) !== levelOf(saved, s.slug));
  const roleName = (slug: string) => framework.roles.find((r) => r.slug === slug)?.name ?? slug;

  const save = useMutation({
    mutationFn: () =>
      api<{ id: string }>("/api/v1/assessments", {
        method: "POST",
        // The new assessment keeps what the user wrote on the one it started from; skills never rated stay unrated.
        body: {
          ratings: framework.skills
            .filter((s) => chosen.has(s.slug) || levelOf(levels, s.slug) !== levelOf(saved, s.slug))
            .map((s) => {
              const note = latest.ratings.find((r) => r.skill === s.slug)?.note;
              return { skill: s.slug, level: levelOf(levels, s.slug), ...(note ? { note } : {}) };
            }),
          ...(latest.note ? { note: latest.note } : {}),
        },
        headers: { "Idempotency-Key": saveKey },
      }),
    onSuccess: async ({ id }) => {
      await queryClient.invalidateQueries();
      router.push(`/history/${id}?saved=1`);
    },
  });

  function reset() {
    setLevels(saved);
    setSaveKey(crypto.randomUUID());
  }

  return (
    <div className="space-y-6">
      <TargetGoalForm
        roles={framework.roles.map(({ slug, name }) => ({ slug, name }))}
        targetRole={targetRole}
        suggestedRole={ranked[0]?.role ?? null}
        goal={goal}
      />

      {/* In what-if mode the readiness stays in view while levels change further down. */}
      <section
        aria-labelledby="ranking-heading"
        className={whatIf ? "sticky top-0 z-10 -mx-4 space-y-1 border-b border-line bg-surface/95 px-4 py-2 backdrop-blur" : "space-y-2"}
      >
        <h2 id="ranking-heading" className={whatIf ? "text-sm font-semibold" : "text-xl font-semibold"}>
          {whatIf ? "What-if readiness" : "Your readiness"}
        </h2>
        <ol className={whatIf ? "grid grid-cols-3 gap-2" : "grid gap-3 sm:grid-cols-3"} aria-live="polite">
          {ranked.map((result, index) => {
            const before = baseline.get(result.role)!;
            return (
              <li key={result.role} aria-label={roleName(result.role)} className={whatIf ? "min-w-0" : cardClass}>
                <p className={whatIf ? "sr-only" : "text-sm text-muted"}>
                  Rank {index + 1}
                  {result.role === targetRole ? " · your target" : ""}
                </p>
                <h3 className={whatIf ? "text-xs leading-tight text-muted" : "font-semibold"}>{roleName(result.role)}</h3>
                <p className={`${whatIf ? "text-lg" : "text-2xl"} font-bold tabular-nums`}>{formatReadiness(result.readiness)}</p>
                {whatIf && (
                  <p className="text-xs">
                    {formatPointsChange(result.readiness - before.readiness)}
                    <span className="sr-only"> from your saved assessment</span>
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      </section>

      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          aria-pressed={whatIf}
          className={whatIf ? buttonClass : secondaryButtonClass}
          onClick={() => setWhatIf(!whatIf)}
        >
          {whatIf ? "Leave what-if mode" : "Try what-if"}
        </button>
        {whatIf && (
          <>
            <button type="button" className={secondaryButtonClass} onClick={reset} disabled={!changed}>
              Reset to saved levels
            </button>
            <button type="button" className={buttonClass} onClick={() => save.mutate()} disabled={!changed || save.isPending}>
              Save as a new assessment
            </button>
          </>
        )}
      </div>
      {whatIf && <p className="text-sm">Move any level: nothing is saved until you choose “Save as a new assessment”.</p>}
      {save.isError && <FormMessage tone="error">{save.error.message}</FormMessage>}

      <RoleSwitcher roles={framework.roles} shown={shown} onChange={setShown} label="Role shown in the table" />
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="matrix-caption">
        <table className="w-full border-collapse text-left text-sm sm:min-w-[44rem]">
          <caption id="matrix-caption" className="mb-2 text-left font-semibold">
            Skill by skill: your level, each role’s target and your shortfall
          </caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="p-2">
                Skill
              </th>
              <th scope="col" className="p-2">
                Your level
              </th>
              {framework.roles.map((role) => (
                <th key={role.slug} scope="col" className={`p-2 ${cellClass(role.slug)}`}>
                  {role.name}: target (short by)
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {framework.skills.map((skill) => {
              const level = levelOf(current, skill.slug);
              return (
                <tr key={skill.slug} className="border-b border-line">
                  <th scope="row" className="p-2 font-normal">
                    <Link href={`/skills/${skill.slug}`}>{skill.name}</Link>
                  </th>
                  <td className="p-2">
                    {whatIf ? (
                      <select
                        aria-label={`What-if level for ${skill.name}`}
                        value={level}
                        onChange={(event) => setLevels({ ...levels, [skill.slug]: Number(event.target.value) })}
                        className="rounded border border-control bg-surface px-1 py-0.5"
                      >
                        {RATING_SCALE.map((entry) => (
                          <option key={entry.level} value={entry.level}>
                            {entry.level} {entry.name}
                          </option>
                        ))}
                      </select>
                    ) : (
                      formatLevel(chosen.has(skill.slug) ? level : null)
                    )}
                  </td>
                  {framework.roles.map((role) => {
                    const target = role.skills.find((entry) => entry.skill === skill.slug)?.target ?? 0;
                    const short = shortfall(target, level);
                    return (
                      <td
                        key={role.slug}
                        className={`p-2 ${cellClass(role.slug)} ${short > 0 ? "bg-warning-soft font-medium text-warning-ink" : ""}`}
                      >
                        {target === 0 ? "Not needed" : `${target} ${levelName(target)}${short > 0 ? ` (short by ${short})` : " (met)"}`}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
