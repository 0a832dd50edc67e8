"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { api } from "@/components/api-client";
import { SkillGapChart } from "@/components/charts/skill-gap-chart";
import { LocalTime } from "@/components/local-time";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/field";
import { NextSkillSection } from "./next-skill-section";
import { PaceSection } from "./pace-section";
import { ProgressSection } from "./progress-section";
import { ReadinessExplanation } from "./readiness-explanation";
import { ReadinessSection } from "./readiness-section";
import { TargetGoalForm } from "./target-goal-form";
import { ThisMonth } from "./this-month";
import { STALE_AFTER_DAYS } from "@/lib/domain/dashboard";
import type { Plan } from "@/lib/domain/plan";
import type { DashboardData } from "./types";

/**
 * The dashboard, one section component per concern: a new section is one
 * import and one line in the list below.
 */
export function DashboardView({
  initial,
  allRoles,
  initialPlan,
  plan,
}: {
  initial: DashboardData;
  /** The plan as GET /api/v1/plan gives it, for "This month" at the top. */
  initialPlan: Plan;
  allRoles: { slug: string; name: string }[];
  /** The learning plan's section, shown after what to work on next. */
  plan?: React.ReactNode;
}) {
  const { data } = useQuery({ queryKey: ["dashboard"], queryFn: () => api<DashboardData>("/api/v1/dashboard"), initialData: initial });

  if (!data.assessedAt) {
    return (
      <Card title="Start with a self-assessment">
        <p>
          Rate yourself once against the twenty skills. Your readiness for every role, your best fit and what to work on next appear here.
        </p>
        <ButtonLink href="/assess">Assess yourself</ButtonLink>
      </Card>
    );
  }

  const focusRole = data.roles.find((role) => role.slug === data.focus?.role);
  return (
    <div className="space-y-6">
      <ThisMonth data={data} initialPlan={initialPlan} />
      <p className="text-sm text-muted">
        From your assessment of <LocalTime value={data.assessedAt} dateOnly />. <Link href="/assess">Reassess</Link>
      </p>
      {data.stale && (
        <Notice>
          Your ratings are {data.stale.days} days old (stale after {STALE_AFTER_DAYS} days): {data.stale.skills.length} ratings may no
          longer reflect you. <Link href="/assess">Reassess now</Link>
        </Notice>
      )}
      <ReadinessSection data={data} />
      <div className="grid gap-6 lg:grid-cols-2">
        {focusRole && data.focus && <ReadinessExplanation role={focusRole} skills={data.focus.skills} />}
        <NextSkillSection data={data} focusRole={focusRole} />
        <TargetGoalForm roles={allRoles} targetRole={data.targetRole} suggestedRole={data.suggestedRole} goal={data.goal} />
        <PaceSection data={data} />
      </div>
      {plan}
      {data.focus && focusRole && (
        <>
          <SkillGapChart roleName={focusRole.name} skills={data.focus.skills} />
          <ProgressSection data={data} allRoles={allRoles} />
        </>
      )}
    </div>
  );
}
