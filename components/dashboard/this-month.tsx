"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { api, ApiError } from "@/components/api-client";
import { formatDate, formatReadiness, formatPoints } from "@/components/format";
import { usePlan, useSavePlan, withStep } from "@/components/plan/plan-query";
import { StepResources } from "@/components/plan/step-resources";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/field";
import { levelName } from "@/lib/domain/framework";
import type { Plan, PlanEntry } from "@/lib/domain/plan";
import type { DashboardData } from "./types";

/**
 * The top of the dashboard, what a person comes back for each month: how
 * ready they are for their target role and the one step to take now, one
 * level of one skill, adoptable into the plan in one click.
 */
export function ThisMonth({ data, initialPlan }: { data: DashboardData; initialPlan: Plan }) {
  const plan = usePlan(initialPlan);
  const role = data.roles.find((entry) => entry.slug === data.targetRole);
  if (!role) return <PickTarget data={data} />;
  const planned = plan.items.find((item) => !item.met);
  const step = planned ?? plan.suggestion[0];
  return (
    <Card title="This month">
      <p className="text-lg">
        You are <strong className="tabular-nums">{formatReadiness(role.readiness)}</strong> ready for {role.name}, and meet{" "}
        <strong className="tabular-nums">
          {role.skillsMet} of {role.skillsTotal}
        </strong>{" "}
        of its skills.
      </p>
      {step ? (
        <Step step={step} planned={Boolean(planned)} plan={plan} roleName={role.name} />
      ) : (
        <p>You meet every target of {role.name}.</p>
      )}
    </Card>
  );
}

function Step({ step, planned, plan, roleName }: { step: PlanEntry; planned: boolean; plan: Plan; roleName: string }) {
  const save = useSavePlan();
  const room = plan.items.some((item) => item.skill === step.skill) || plan.items.length < plan.maxItems;
  const error = save.error instanceof ApiError ? save.error : null;
  return (
    <div className="space-y-3 rounded-lg bg-subtle p-3">
      <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-muted">
        Your step now {planned && <Badge tone="accent">In your plan</Badge>}
      </p>
      <p>
        <strong>
          <Link href={`/skills/${step.skill}`}>{step.name}</Link>
        </strong>
        : from level {step.currentLevel} to {step.targetLevel} {levelName(step.targetLevel)}
        {step.dueDate && <>, by {formatDate(step.dueDate)}</>}.
        {step.readinessGain > 0 && (
          <>
            {" "}
            It adds {formatPoints(step.readinessGain)} to your readiness for {roleName}.
          </>
        )}
      </p>
      <StepResources resources={step.resources} label={`Resources for ${step.name}`} />
      {error && <FormMessage tone="error">{Object.values(error.fields)[0] ?? error.message}</FormMessage>}
      {!planned &&
        (room ? (
          <Button disabled={save.isPending} onClick={() => save.mutate(withStep(plan.items, step))}>
            {save.isPending ? "Adding…" : "Add to my plan"}
          </Button>
        ) : (
          <p className="text-sm text-muted">Your plan is full: remove an item below to add this step.</p>
        ))}
    </div>
  );
}

/** No target yet: every number of "This month" is for a target role, so the first step is to pick one, the ranking as the hint. */
function PickTarget({ data }: { data: DashboardData }) {
  const queryClient = useQueryClient();
  const router = useRouter();
  const choose = useMutation({
    mutationFn: (targetRole: string) => api("/api/v1/me", { method: "PATCH", body: { targetRole } }),
    onSuccess: async () => {
      await queryClient.invalidateQueries();
      router.refresh();
    },
  });
  return (
    <Card title="This month" description="First pick the role you are aiming for: your step each month is chosen for it.">
      <ol className="space-y-2">
        {data.roles.map((role) => (
          <li key={role.slug} className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-line p-3">
            <span>
              <strong>{role.name}</strong>: {formatReadiness(role.readiness)} ready, {role.skillsMet} of {role.skillsTotal} skills met
              {role.slug === data.suggestedRole && (
                <>
                  {" "}
                  <Badge tone="success">Best fit</Badge>
                </>
              )}
            </span>
            <Button
              variant={role.slug === data.suggestedRole ? "primary" : "secondary"}
              disabled={choose.isPending}
              onClick={() => choose.mutate(role.slug)}
            >
              Aim for {role.name}
            </Button>
          </li>
        ))}
      </ol>
      {choose.isError && <FormMessage tone="error">Your target was not saved. Try again.</FormMessage>}
    </Card>
  );
}
