"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/components/api-client";
import type { Plan, PlanItem } from "@/lib/domain/plan";
import type { SavePlanInput } from "@/lib/schemas/plan";

// One cache entry for the plan, so "This month" and the plan's card show the same plan after either saves it.
const PLAN_KEY = ["plan"];

export function usePlan(initial: Plan): Plan {
  return useQuery({ queryKey: PLAN_KEY, queryFn: () => api<Plan>("/api/v1/plan"), initialData: initial }).data;
}

function asInput(items: readonly PlanItem[]): SavePlanInput {
  return { items: items.map(({ skill, targetLevel, dueDate }) => ({ skill, targetLevel, dueDate })) };
}

/** PUT /api/v1/plan with the whole plan; the saved plan replaces the cached one. */
export function useSavePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (items: readonly PlanItem[]) => api<Plan>("/api/v1/plan", { method: "PUT", body: asInput(items) }),
    onSuccess: (saved) => queryClient.setQueryData(PLAN_KEY, saved),
  });
}

/** The plan with one step put in place of any item of the same skill (a met step gives way to the next), else added at the end. */
export function withStep(items: readonly PlanItem[], step: PlanItem): PlanItem[] {
  const at = items.findIndex((item) => item.skill === step.skill);
  return at === -1 ? [...items, step] : items.map((item, index) => (index === at ? step : item));
}
