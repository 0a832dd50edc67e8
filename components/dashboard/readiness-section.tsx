import { formatReadiness } from "@/components/format";
import { Badge } from "@/components/ui/badge";
import type { DashboardData } from "./types";

/** One card per role, in fit order, the target outlined. */
export function ReadinessSection({ data }: { data: DashboardData }) {
  return (
    <section aria-labelledby="roles-heading" className="space-y-3">
      <h2 id="roles-heading" className="text-lg font-semibold">
        Readiness per role
      </h2>
      <ol className="grid gap-3 sm:grid-cols-3">
        {data.roles.map((role) => {
          const isTarget = role.slug === data.targetRole;
          return (
            <li
              key={role.slug}
              aria-label={role.name}
              className={`space-y-2 rounded-xl border bg-surface p-4 shadow-sm ${isTarget ? "border-accent ring-2 ring-accent" : "border-line"}`}
            >
              <p className="flex flex-wrap items-center gap-2 text-sm text-muted">
                Rank {role.rank} of {data.roles.length}
                {isTarget && <Badge tone="accent">Your target</Badge>}
                {!data.targetRole && role.slug === data.suggestedRole && <Badge tone="success">Best fit</Badge>}
              </p>
              <h3 className="font-semibold">{role.name}</h3>
              <p className="text-3xl font-bold tabular-nums">{formatReadiness(role.readiness)}</p>
              <div className="h-2 overflow-hidden rounded-full bg-subtle" aria-hidden="true">
                <div className="h-full rounded-full bg-accent" style={{ width: `${role.readiness * 100}%` }} />
              </div>
              <p className="text-sm text-muted">
                {role.skillsMet} of {role.skillsTotal} skills met
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
