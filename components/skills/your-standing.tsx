"use client";

import Link from "next/link";
import { ApiError } from "@/components/api-client";
import { formatDate, formatLevel } from "@/components/format";
import { usePlan, useSavePlan, withStep } from "@/components/plan/plan-query";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/field";
import { levelName } from "@/lib/domain/framework";
import type { Plan, SkillStanding } from "@/lib/domain/plan";

/** A signed-in reader's place in the skill on its guide page: their level, their role's target, and the next level to plan. */
export function YourStanding({ skill, standing, initialPlan }: { skill: string; standing: SkillStanding; initialPlan: Plan }) {
  const plan = usePlan(initialPlan);
  const save = useSavePlan();
  const planned = plan.items.find((item) => item.skill === skill);
  const { step, role } = standing;
  const room = Boolean(planned) || plan.items.length < plan.maxItems;
  const error = save.error instanceof ApiError ? save.error : null;
  if (!standing.assessed)
    return (
      <Card title="You and this skill">
        <p>
          <Link href="/assess">Assess yourself</Link> to see your level here, what your role expects and the next step to plan.
        </p>
      </Card>
    );
  return (
    <Card title="You and this skill">
      <p>
        You are at <strong>{formatLevel(standing.level)}</strong>.
        {role && (
          <>
            {" "}
            {role.name} ({role.chosen ? "your target" : "your best fit"}){" "}
            {role.target === 0 ? "does not need it." : `expects ${role.target} ${levelName(role.target)}.`}
          </>
        )}
      </p>
      {planned && !planned.met ? (
        <p className="flex flex-wrap items-center gap-2">
          <Badge tone="accent">In your plan</Badge> level {planned.targetLevel} {levelName(planned.targetLevel)}
          {planned.dueDate && <>, by {formatDate(planned.dueDate)}</>}. <Link href="/dashboard">See your plan</Link>
        </p>
      ) : step ? (
        room ? (
          <Button disabled={save.isPending} onClick={() => save.mutate(withStep(plan.items, step))}>
            {save.isPending
              ? "Adding…"
              : `Add level ${step.targetLevel} ${levelName(step.targetLevel)} to my plan${step.dueDate ? `, by ${formatDate(step.dueDate)}` : ""}`}
          </Button>
        ) : (
          <p className="text-sm text-muted">
            Your plan is full: <Link href="/dashboard">remove a step</Link> to add this one.
          </p>
        )
      ) : (
        <p>You are at the top of the scale.</p>
      )}
      {error && <FormMessage tone="error">{Object.values(error.fields)[0] ?? error.message}</FormMessage>}
    </Card>
  );
}
