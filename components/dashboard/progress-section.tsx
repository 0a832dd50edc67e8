"use client";

import { useQueries } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "@/components/api-client";
import { ProgressChart } from "@/components/charts/progress-chart";
import { hasGoal } from "@/lib/domain/dashboard";
import { projectionTowardsGoal } from "./describe";
import type { DashboardData, ProgressPoint } from "./types";

/** The readiness chart, with the other roles behind checkboxes. */
export function ProgressSection({ data, allRoles }: { data: DashboardData; allRoles: { slug: string; name: string }[] }) {
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
    <div className="space-y-2">
      <fieldset className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
        <legend className="sr-only">Roles shown on the chart</legend>
        {allRoles
          .filter((role) => role.slug !== focus)
          .map((role) => (
            <label key={role.slug} className="flex items-center gap-2">
              <input
                type="checkbox"
                className="size-4 accent-accent"
                checked={shown.includes(role.slug)}
                onChange={(event) =>
                  setShown((current) => (event.target.checked ? [...current, role.slug] : current.filter((s) => s !== role.slug)))
                }
              />
              Show {role.name}
            </label>
          ))}
      </fieldset>
      <ProgressChart series={series} goal={hasGoal(data.goal) ? data.goal.readiness : undefined} projection={projection} />
    </div>
  );
}
