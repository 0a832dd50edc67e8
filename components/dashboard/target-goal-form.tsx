"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { api } from "@/components/api-client";
import { useFieldErrors } from "@/components/forms/use-zod-form";
import { buttonClass, FormMessage } from "@/components/ui/field";
import { updateMeSchema, type UpdateMeInput } from "@/lib/schemas/account";

interface Props {
  roles: { slug: string; name: string }[];
  targetRole: string | null;
  suggestedRole: string | null;
  goal: { readiness: number; date: string | null };
}

const inputClass = "w-full rounded-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900";

/** Target role, goal readiness and goal date: PATCH /api/v1/me, then every number that depends on them reloads. */
export function TargetGoalForm({ roles, targetRole, suggestedRole, goal }: Props) {
  const queryClient = useQueryClient();
  const router = useRouter();
  const { errors, validate, fromServer } = useFieldErrors();
  const save = useMutation({
    mutationFn: (input: UpdateMeInput) => api("/api/v1/me", { method: "PATCH", body: input }),
    onSuccess: async () => {
      await queryClient.invalidateQueries();
      router.refresh();
    },
    onError: fromServer,
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const percent = Number(form.get("goalReadiness"));
    const input = {
      targetRole: String(form.get("targetRole")) || null,
      goalDate: String(form.get("goalDate")) || null,
      goalReadiness: Number.isFinite(percent) ? Math.round(percent * 10) / 1000 : Number.NaN,
    };
    if (validate(updateMeSchema, input)) save.mutate(input);
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="goal-heading"
      className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
    >
      <h2 id="goal-heading" className="text-lg font-semibold">
        Target and goal
      </h2>
      {!targetRole && suggestedRole && (
        <p className="text-sm">
          No target yet. Your best fit today is <strong>{roles.find((r) => r.slug === suggestedRole)?.name}</strong>; choose it or another
          role.
        </p>
      )}
      {save.isSuccess && <FormMessage tone="success">Target and goal saved.</FormMessage>}
      {errors.form && <FormMessage tone="error">{errors.form}</FormMessage>}
      <div className="grid gap-3 sm:grid-cols-3">
        <div className="space-y-1">
          <label htmlFor="targetRole" className="block text-sm font-medium">
            Target role
          </label>
          <select
            id="targetRole"
            name="targetRole"
            defaultValue={targetRole ?? suggestedRole ?? ""}
            className={inputClass}
            aria-invalid={errors.targetRole ? true : undefined}
          >
            <option value="">No target</option>
            {roles.map((role) => (
              <option key={role.slug} value={role.slug}>
                {role.name}
              </option>
            ))}
          </select>
          {errors.targetRole && <p className="text-sm text-red-700 dark:text-red-400">{errors.targetRole}</p>}
        </div>
        <div className="space-y-1">
          <label htmlFor="goalReadiness" className="block text-sm font-medium">
            Goal readiness (%)
          </label>
          <input
            id="goalReadiness"
            name="goalReadiness"
            type="number"
            min={5}
            max={100}
            step={1}
            defaultValue={Math.round(goal.readiness * 100)}
            className={inputClass}
            aria-invalid={errors.goalReadiness ? true : undefined}
            aria-describedby={errors.goalReadiness ? "goalReadiness-error" : undefined}
          />
          {errors.goalReadiness && (
            <p id="goalReadiness-error" className="text-sm text-red-700 dark:text-red-400">
              {errors.goalReadiness}
            </p>
          )}
        </div>
        <div className="space-y-1">
          <label htmlFor="goalDate" className="block text-sm font-medium">
            Goal date (optional)
          </label>
          <input
            id="goalDate"
            name="goalDate"
            type="date"
            defaultValue={goal.date ?? ""}
            className={inputClass}
            aria-invalid={errors.goalDate ? true : undefined}
            aria-describedby={errors.goalDate ? "goalDate-error" : undefined}
          />
          {errors.goalDate && (
            <p id="goalDate-error" className="text-sm text-red-700 dark:text-red-400">
              {errors.goalDate}
            </p>
          )}
        </div>
      </div>
      <button type="submit" className={buttonClass} disabled={save.isPending}>
        Save target and goal
      </button>
    </form>
  );
}
