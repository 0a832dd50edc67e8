"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { api, ApiError } from "@/components/api-client";
import { formatDate, formatPoints } from "@/components/format";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, FormMessage, SelectField } from "@/components/ui/field";
import { levelName } from "@/lib/domain/framework";
import { PLAN_TARGET_MAX, PLAN_TARGET_MIN, type Plan, type PlanEntry, type PlanItem } from "@/lib/domain/plan";
import { usePlan, useSavePlan, withStep } from "./plan-query";
import { StepResources } from "./step-resources";

/** The learning plan on the dashboard: a suggestion to adopt, progress per item, and a celebration when one is met. */
export function PlanSection({ initial, skills }: { initial: Plan; skills: { slug: string; name: string }[] }) {
  const plan = usePlan(initial);
  const save = useSavePlan();
  const celebrated = useCelebration(plan.items);
  const error = save.error instanceof ApiError ? save.error : null;

  return (
    <Card
      title="Your learning plan"
      description={`Up to ${plan.maxItems} steps, each one level of a skill by a date, tracked against your latest assessment.`}
    >
      {celebrated.length > 0 && (
        <FormMessage tone="success">
          Well done: you reached your target in{" "}
          {celebrated.map((item) => `${item.name} (${item.targetLevel} ${levelName(item.targetLevel)})`).join(" and ")}.
        </FormMessage>
      )}
      {plan.items.length === 0 ? (
        <Suggestion plan={plan} adopting={save.isPending} onAdopt={() => save.mutate(plan.suggestion)} />
      ) : (
        <PlanItems
          plan={plan}
          busy={save.isPending}
          onRemove={(skill) => save.mutate(plan.items.filter((item) => item.skill !== skill))}
          onReplace={(step) => save.mutate(withStep(plan.items, step))}
        />
      )}
      {error && <FormMessage tone="error">{Object.values(error.fields)[0] ?? error.message}</FormMessage>}
      {plan.items.length < plan.maxItems && (
        <AddItemForm
          skills={skills.filter((skill) => !plan.items.some((item) => item.skill === skill.slug))}
          busy={save.isPending}
          onAdd={(item) => save.mutate([...plan.items, item])}
        />
      )}
    </Card>
  );
}

/** The met items to celebrate, remembered on the server the first time they are shown so they are celebrated once. */
function useCelebration(items: readonly PlanEntry[]): PlanEntry[] {
  const [shown, setShown] = useState<PlanEntry[]>([]);
  const sent = useRef(new Set<string>());
  useEffect(() => {
    const fresh = items.filter((item) => item.celebrate && !sent.current.has(item.skill));
    if (fresh.length === 0) return;
    fresh.forEach((item) => sent.current.add(item.skill));
    setShown((current) => [...current, ...fresh]);
    void api("/api/v1/plan/celebrated", { method: "POST", body: { skills: fresh.map((item) => item.skill) } }).catch(() => {
      // Not remembered this time: the celebration shows again on the next visit, which does no harm.
    });
  }, [items]);
  return shown;
}

function gainText(item: PlanEntry, roleName: string | undefined): string {
  return roleName && item.readinessGain > 0 ? `adds ${formatPoints(item.readinessGain)} for ${roleName}` : "";
}

function Suggestion({ plan, adopting, onAdopt }: { plan: Plan; adopting: boolean; onAdopt: () => void }) {
  if (plan.suggestion.length === 0)
    return <p>No plan yet. {plan.role ? `You meet every target of ${plan.role.name}.` : "Assess yourself first to get a suggestion."}</p>;
  return (
    <div className="space-y-2">
      <p>No plan yet. Suggested for {plan.role?.name}: one level of your next best skills, a step every four weeks.</p>
      <ol className="space-y-3">
        {plan.suggestion.map((item, index) => (
          <li key={item.skill} aria-label={item.name} className="space-y-1 rounded-lg border border-line p-3">
            <p>
              <span className="text-sm text-muted">Step {index + 1}: </span>
              <Link href={`/skills/${item.skill}`}>{item.name}</Link>, from {item.currentLevel} to {item.targetLevel}{" "}
              {levelName(item.targetLevel)}
              {item.dueDate && <> by {formatDate(item.dueDate)}</>}
            </p>
            <p className="text-sm text-muted">{gainText(item, plan.role?.name)}</p>
            <StepResources resources={item.resources} label={`Resources for ${item.name}`} />
          </li>
        ))}
      </ol>
      <Button disabled={adopting} onClick={onAdopt}>
        {adopting ? "Adopting…" : "Adopt this plan"}
      </Button>
      <p className="text-sm text-muted">You can change each date once the plan is yours.</p>
    </div>
  );
}

function PlanItems({
  plan,
  busy,
  onRemove,
  onReplace,
}: {
  plan: Plan;
  busy: boolean;
  onRemove: (skill: string) => void;
  onReplace: (step: PlanItem) => void;
}) {
  const metCount = plan.items.filter((item) => item.met).length;
  return (
    <div className="space-y-2">
      <p className="text-sm text-muted">
        {metCount} of {plan.items.length} met.
      </p>
      <ul className="space-y-3">
        {plan.items.map((item) => {
          const next = item.nextStep;
          return (
            <li key={item.skill} aria-label={item.name} className="space-y-2 rounded-lg border border-line p-3">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <Link href={`/skills/${item.skill}`} className="font-medium">
                  {item.name}
                </Link>
                {item.met ? <Badge tone="success">Met</Badge> : <span className="text-sm">{gainText(item, plan.role?.name)}</span>}
              </div>
              <p className="text-sm">
                Level {item.currentLevel} of {item.targetLevel} {levelName(item.targetLevel)}
                {item.dueDate && <> · due {formatDate(item.dueDate)}</>}
                {item.metAssessmentId && (
                  <>
                    {" "}
                    · <Link href={`/history/${item.metAssessmentId}`}>met in this assessment</Link>
                  </>
                )}
              </p>
              <div aria-hidden="true" className="h-2 overflow-hidden rounded bg-subtle">
                <div
                  className={`h-full ${item.met ? "bg-success-ink" : "bg-accent"}`}
                  style={{ width: `${Math.min(100, (item.currentLevel / item.targetLevel) * 100)}%` }}
                />
              </div>
              {!item.met && <StepResources resources={item.resources} label={`Resources for ${item.name}`} />}
              <div className="flex flex-wrap items-end gap-3">
                {next && (
                  <Button variant="secondary" disabled={busy} onClick={() => onReplace(next)}>
                    Next step: level {next.targetLevel} {levelName(next.targetLevel)}
                  </Button>
                )}
                {!item.met && <DueDateForm item={item} busy={busy} onSave={onReplace} />}
                <Button
                  variant="quiet"
                  className="px-0"
                  disabled={busy}
                  onClick={() => onRemove(item.skill)}
                  aria-label={`Remove ${item.name} from the plan`}
                >
                  Remove
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** An unmet step's due date, changed in place: the step is saved again with the new date. */
function DueDateForm({ item, busy, onSave }: { item: PlanEntry; busy: boolean; onSave: (step: PlanItem) => void }) {
  const [dueDate, setDueDate] = useState(item.dueDate ?? "");
  const changed = dueDate !== (item.dueDate ?? "");
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        onSave({ skill: item.skill, targetLevel: item.targetLevel, dueDate: dueDate || null });
      }}
    >
      <Field label="Due date" type="date" value={dueDate} onChange={(event) => setDueDate(event.target.value)} />
      <Button type="submit" variant="secondary" disabled={busy || !changed}>
        Change date
      </Button>
    </form>
  );
}

function AddItemForm({
  skills,
  busy,
  onAdd,
}: {
  skills: { slug: string; name: string }[];
  busy: boolean;
  onAdd: (item: PlanItem) => void;
}) {
  const [skill, setSkill] = useState("");
  const [targetLevel, setTargetLevel] = useState(3);
  const [dueDate, setDueDate] = useState("");
  // The form is rendered only once opened: closed, it shows nothing, and its
  // skill list was an eighth of the dashboard's elements, rendered on the
  // server and hydrated on every view.
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer text-sm font-medium">Add a skill to the plan</summary>
      {open && (
        <form
          className="mt-2 grid gap-3 sm:grid-cols-4 sm:items-end"
          onSubmit={(event) => {
            event.preventDefault();
            if (skill) onAdd({ skill, targetLevel, dueDate: dueDate || null });
          }}
        >
          {/* min-w-0: a long skill name must not widen the grid past a phone's width. */}
          <div className="min-w-0 sm:col-span-2">
            <SelectField label="Skill" value={skill} required onChange={(event) => setSkill(event.target.value)}>
              <option value="">Choose a skill</option>
              {skills.map((option) => (
                <option key={option.slug} value={option.slug}>
                  {option.name}
                </option>
              ))}
            </SelectField>
          </div>
          <div className="min-w-0">
            <SelectField label="Target level" value={targetLevel} onChange={(event) => setTargetLevel(Number(event.target.value))}>
              {Array.from({ length: PLAN_TARGET_MAX - PLAN_TARGET_MIN + 1 }, (_, index) => PLAN_TARGET_MIN + index).map((level) => (
                <option key={level} value={level}>
                  {level} {levelName(level)}
                </option>
              ))}
            </SelectField>
          </div>
          <div className="min-w-0">
            <Field label="Due (optional)" type="date" value={dueDate} onChange={(event) => setDueDate(event.target.value)} />
          </div>
          <Button type="submit" variant="secondary" className="sm:col-span-4 sm:justify-self-start" disabled={busy}>
            Add to plan
          </Button>
        </form>
      )}
    </details>
  );
}
