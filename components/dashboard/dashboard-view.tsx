"use client";

import { useQueries, useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import Link from "next/link";
import { useState } from "react";
import { api } from "@/components/api-client";
import { formatDate, formatPointsChange, formatReadiness } from "@/components/format";
import type { DashboardData, ProgressPoint } from "./types";
import { TargetGoalForm } from "./target-goal-form";
import { describeForecast, describeTrend, projectionTowardsGoal } from "./describe";

// recharts is loaded only here, in chunks of its own: pages without charts never download it.
const chartFallback = () => <div className="h-72 animate-pulse rounded-lg bg-slate-100 dark:bg-slate-900" />;
const ReadinessRadar = dynamic(() => import("@/components/charts/readiness-radar").then((m) => m.ReadinessRadar), {
  ssr: false,
  loading: chartFallback,
});
const ShortfallBars = dynamic(() => import("@/components/charts/shortfall-bars").then((m) => m.ShortfallBars), {
  ssr: false,
  loading: chartFallback,
});
const ProgressChart = dynamic(() => import("@/components/charts/progress-chart").then((m) => m.ProgressChart), {
  ssr: false,
  loading: chartFallback,
});

const card = "rounded-lg border border-slate-200 p-4 dark:border-slate-800";

export function DashboardView({
  initial,
  allRoles,
  plan,
}: {
  initial: DashboardData;
  allRoles: { slug: string; name: string }[];
  /** The learning plan's section, shown after what to work on next. */
  plan?: React.ReactNode;
}) {
  const { data } = useQuery({ queryKey: ["dashboard"], queryFn: () => api<DashboardData>("/api/v1/dashboard"), initialData: initial });

  if (!data.assessedAt) {
    return (
      <section className={`${card} space-y-3`} aria-labelledby="first-run">
        <h2 id="first-run" className="text-xl font-semibold">
          Start with a self-assessment
        </h2>
        <p>
          Rate yourself once against the twenty skills. Your readiness for every role, your best fit and what to work on next appear here.
        </p>
        <Link
          href="/assess"
          className="inline-block rounded-md bg-indigo-700 px-4 py-2 font-medium text-white no-underline hover:bg-indigo-800 dark:bg-indigo-400 dark:text-slate-950"
        >
          Assess yourself
        </Link>
      </section>
    );
  }

  const focusRole = data.roles.find((role) => role.slug === data.focus?.role);
  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        From your assessment of {formatDate(data.assessedAt)}. <Link href="/assess">Reassess</Link>
      </p>
      {data.stale && (
        <p
          role="note"
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          Your ratings are {data.stale.days} days old (stale after 90 days): {data.stale.skills.length} ratings may no longer reflect you.{" "}
          <Link href="/assess">Reassess now</Link>
        </p>
      )}

      <section aria-labelledby="roles-heading" className="space-y-2">
        <h2 id="roles-heading" className="text-xl font-semibold">
          Readiness per role
        </h2>
        <ol className="grid gap-3 sm:grid-cols-3">
          {data.roles.map((role) => (
            <li
              key={role.slug}
              aria-label={role.name}
              className={`${card} ${role.slug === data.targetRole ? "border-indigo-600 ring-2 ring-indigo-600 dark:border-indigo-300 dark:ring-indigo-300" : ""}`}
            >
              <p className="text-sm">
                Rank {role.rank} of {data.roles.length}
                {role.slug === data.targetRole && <strong className="ml-2 text-indigo-700 dark:text-indigo-300">Your target</strong>}
                {!data.targetRole && role.slug === data.suggestedRole && <strong className="ml-2">Best fit</strong>}
              </p>
              <h3 className="font-semibold">{role.name}</h3>
              <p className="text-3xl font-bold">{formatReadiness(role.readiness)}</p>
              <p className="text-sm">
                {role.skillsMet} of {role.skillsTotal} skills met
              </p>
            </li>
          ))}
        </ol>
      </section>

      <TargetGoalForm roles={allRoles} targetRole={data.targetRole} suggestedRole={data.suggestedRole} goal={data.goal} />

      <section aria-labelledby="next-heading" className={`${card} space-y-2`}>
        <h2 id="next-heading" className="text-xl font-semibold">
          Work on next
        </h2>
        {focusRole?.nextBestSkill ? (
          <p>
            For {focusRole.name}:{" "}
            <strong>
              <Link href={`/skills/${focusRole.nextBestSkill.skill}`}>{focusRole.nextBestSkill.name}</Link>
            </strong>
            , from level {focusRole.nextBestSkill.level} towards {focusRole.nextBestSkill.target}. One level up adds{" "}
            <strong>{formatPointsChange(focusRole.nextBestSkill.gain)}</strong> of readiness.
          </p>
        ) : (
          <p>You meet every target of {focusRole?.name ?? "your target role"}.</p>
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
      </section>

      {plan}

      <section aria-labelledby="pace-heading" className={`${card} space-y-1`}>
        <h2 id="pace-heading" className="text-xl font-semibold">
          Pace
        </h2>
        <p>{describeTrend(data.trend)}</p>
        <p>{describeForecast(data.forecast, data.goal.readiness)}</p>
        {data.goal.date && (
          <p
            className={
              data.onTrack ? "font-medium text-emerald-800 dark:text-emerald-300" : "font-medium text-amber-900 dark:text-amber-200"
            }
          >
            {data.onTrack
              ? `On track for your goal date, ${formatDate(data.goal.date)}.`
              : `Not on track for your goal date, ${formatDate(data.goal.date)}.`}
          </p>
        )}
      </section>

      {data.focus && focusRole && (
        <div className="grid gap-6 lg:grid-cols-2">
          <ProgressSection data={data} allRoles={allRoles} />
          <ReadinessRadar roleName={focusRole.name} skills={data.focus.skills} />
          <ShortfallBars roleName={focusRole.name} skills={data.focus.skills} />
        </div>
      )}
    </div>
  );
}

function ProgressSection({ data, allRoles }: { data: DashboardData; allRoles: { slug: string; name: string }[] }) {
  const focus = data.focus!.role;
  const [shown, setShown] = useState<string[]>([]);
  const slugs = [focus, ...allRoles.map((r) => r.slug).filter((slug) => slug !== focus && shown.includes(slug))];
  const progress = useQueries({
    queries: slugs.map((slug) => ({ queryKey: ["progress", slug], queryFn: () => api<ProgressPoint[]>(`/api/v1/progress?role=${slug}`) })),
  });
  const series = slugs.flatMap((slug, index) => {
    const points = progress[index]?.data;
    return points ? [{ slug, name: allRoles.find((r) => r.slug === slug)!.name, points }] : [];
  });
  const last = series[0]?.points.at(-1);
  const projection = last ? projectionTowardsGoal(last, data.trend, data.forecast, data.goal) : null;
  return (
    <div className="space-y-2 lg:col-span-2">
      <fieldset className="flex flex-wrap gap-4 text-sm">
        <legend className="sr-only">Roles shown on the chart</legend>
        {allRoles
          .filter((role) => role.slug !== focus)
          .map((role) => (
            <label key={role.slug} className="flex items-center gap-2">
              <input
                type="checkbox"
                className="accent-indigo-700"
                checked={shown.includes(role.slug)}
                onChange={(event) =>
                  setShown((current) => (event.target.checked ? [...current, role.slug] : current.filter((s) => s !== role.slug)))
                }
              />
              Show {role.name}
            </label>
          ))}
      </fieldset>
      <ProgressChart series={series} goal={data.goal.readiness} projection={projection} />
    </div>
  );
}
