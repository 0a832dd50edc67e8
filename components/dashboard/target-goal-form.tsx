"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { api } from "@/components/api-client";
import { useFieldErrors } from "@/components/forms/use-zod-form";
import { buttonClass } from "@/components/ui/button";
import { Field, FormMessage, SelectField } from "@/components/ui/field";
import { cardClass } from "@/components/ui/card";
import { updateMeSchema, type UpdateMeInput } from "@/lib/schemas/account";

interface Props {
  roles: { slug: string; name: string }[];
  targetRole: string | null;
  suggestedRole: string | null;
  goal: { readiness: number; date: string | null };
}

/** Target role, goal readiness and goal date: PATCH /api/v1/me, then every number that depends on them reloads. */
export function TargetGoalForm({ roles, targetRole, suggestedRole, goal }: Props) {
  const queryClient = useQueryClient();
  const router = useRouter();
  const { errors, validate, fromServer, clearOnEdit } = useFieldErrors();
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
    <form onSubmit={onSubmit} onChange={clearOnEdit} noValidate aria-labelledby="goal-heading" className={`${cardClass} space-y-3`}>
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
      {/* The role's select has a row to itself: beside the two other fields, "Machine Learning Researcher" was cut to "Machine Learn". */}
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <SelectField label="Target role" name="targetRole" defaultValue={targetRole ?? suggestedRole ?? ""} error={errors.targetRole}>
            <option value="">No target</option>
            {roles.map((role) => (
              <option key={role.slug} value={role.slug}>
                {role.name}
              </option>
            ))}
          </SelectField>
        </div>
        <Field
          label="Goal readiness (%)"
          name="goalReadiness"
          type="number"
          min={5}
          max={100}
          step={1}
          defaultValue={Math.round(goal.readiness * 100)}
          error={errors.goalReadiness}
        />
        <Field label="Goal date (optional)" name="goalDate" type="date" defaultValue={goal.date ?? ""} error={errors.goalDate} />
      </div>
      <button type="submit" className={buttonClass} disabled={save.isPending}>
        Save target and goal
      </button>
    </form>
  );
}
