"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { api } from "@/components/api-client";
import { buttonClass, secondaryButtonClass } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { useFieldErrors } from "@/components/forms/use-zod-form";
import { useStoredState } from "./use-stored-state";
import type { Rating } from "@/lib/domain/assessment";
import { levelName, RATING_SCALE, SKILL_CATEGORIES } from "@/lib/domain/framework";
import { NOTE_MAX, saveAssessmentSchema, type SaveAssessmentInput } from "@/lib/schemas/assessment";

export interface FormSkill {
  slug: string;
  name: string;
  category: string;
  /** Roles that need this skill (target > 0). */
  neededBy: { role: string; target: number }[];
}

interface Draft {
  levels: Record<string, number>;
  rated: string[];
  notes: Record<string, string>;
  idempotencyKey: string;
}

function draftFrom(ratings: readonly Rating[]): Draft {
  return {
    levels: Object.fromEntries(ratings.map((r) => [r.skill, r.level])),
    rated: ratings.map((r) => r.skill),
    notes: Object.fromEntries(ratings.filter((r) => r.note).map((r) => [r.skill, r.note!])),
    idempotencyKey: crypto.randomUUID(),
  };
}

/**
 * One form over the whole catalogue. The draft lives in localStorage until it
 * is saved or discarded, so a reload loses nothing; it starts from the latest
 * assessment. Only rated skills are sent: an unrated one counts as 0.
 */
export function AssessmentForm({ skills, userId, latest }: { skills: FormSkill[]; userId: string; latest: Rating[] }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [initial] = useState(() => draftFrom(latest));
  const stored = useStoredState<Draft>(`skillgap:assessment-draft:${userId}`, initial);
  const draft = stored.value;
  const { errors, validate, fromServer } = useFieldErrors();

  function update(change: (current: Draft) => Draft) {
    stored.set(change(draft));
  }

  const rated = useMemo(() => new Set(draft.rated), [draft.rated]);
  const input: SaveAssessmentInput = {
    ratings: skills
      .filter((skill) => rated.has(skill.slug))
      .map((skill) => ({
        skill: skill.slug,
        level: draft.levels[skill.slug] ?? 0,
        ...(draft.notes[skill.slug] ? { note: draft.notes[skill.slug] } : {}),
      })),
  };

  const save = useMutation({
    mutationFn: () =>
      api<{ id: string }>("/api/v1/assessments", { method: "POST", body: input, headers: { "Idempotency-Key": draft.idempotencyKey } }),
    onSuccess: async ({ id }) => {
      stored.clear();
      // Dashboard, history and progress all read the assessments: none of their cached answers holds.
      await queryClient.invalidateQueries();
      router.push(`/history/${id}?saved=1`);
    },
    onError: fromServer,
  });

  function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    if (validate(saveAssessmentSchema, input)) save.mutate();
  }

  // Back to where the form started: the latest saved assessment.
  function discard() {
    stored.clear();
  }

  const noteError = (slug: string) => {
    const index = input.ratings.findIndex((r) => r.skill === slug);
    return index >= 0 ? errors[`ratings.${index}.note`] : undefined;
  };

  return (
    <form onSubmit={onSubmit} className="space-y-8" aria-describedby="progress-text">
      <div className="sticky top-0 z-10 -mx-4 border-b border-slate-200 bg-white/95 px-4 py-3 dark:border-slate-800 dark:bg-slate-950/95">
        <div className="flex flex-wrap items-center gap-3">
          <label htmlFor="progress" id="progress-text" className="text-sm font-medium">
            {rated.size} of {skills.length} skills rated
          </label>
          <progress id="progress" max={skills.length} value={rated.size} className="h-2 flex-1 accent-accent" />
          <button type="submit" className={buttonClass} disabled={save.isPending}>
            {save.isPending ? "Saving…" : "Save assessment"}
          </button>
          <button type="button" className={secondaryButtonClass} onClick={discard} disabled={!stored.stored}>
            Discard draft
          </button>
        </div>
        {stored.stored && (
          <p className="mt-2 text-sm" role="status">
            Unsaved draft, kept in this browser until you save or discard it.
          </p>
        )}
      </div>
      {errors.form && <FormMessage tone="error">{errors.form}</FormMessage>}
      {Object.keys(errors).length > 0 && !errors.form && (
        <FormMessage tone="error">Some ratings need attention: see the highlighted skills.</FormMessage>
      )}

      {SKILL_CATEGORIES.map((category) => (
        <section key={category} aria-labelledby={`category-${category}`} className="space-y-4">
          <h2 id={`category-${category}`} className="text-xl font-semibold">
            {category}
          </h2>
          {skills
            .filter((skill) => skill.category === category)
            .map((skill) => (
              <fieldset key={skill.slug} className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
                <legend className="px-1 font-semibold">
                  {skill.name}
                  {!rated.has(skill.slug) && (
                    <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900 dark:text-amber-100">
                      Not yet rated
                    </span>
                  )}
                </legend>
                <p className="text-sm text-muted">
                  {skill.neededBy.length === 0
                    ? "No role needs this skill."
                    : `Needed by ${skill.neededBy.map(({ role, target }) => `${role}: ${target} ${levelName(target)}`).join(" · ")}`}{" "}
                  <Link href={`/skills/${skill.slug}`}>About this skill</Link>
                </p>
                <div className="grid gap-2 sm:grid-cols-3 lg:grid-cols-6">
                  {RATING_SCALE.map(({ level, name, descriptor }) => (
                    <label
                      key={level}
                      className="flex cursor-pointer gap-2 rounded-md border border-slate-300 p-2 text-sm has-[:checked]:border-indigo-700 has-[:checked]:bg-indigo-50 dark:border-slate-700 dark:has-[:checked]:border-indigo-300 dark:has-[:checked]:bg-indigo-950"
                    >
                      <input
                        type="radio"
                        name={skill.slug}
                        value={level}
                        checked={(draft.levels[skill.slug] ?? 0) === level && rated.has(skill.slug)}
                        onChange={() =>
                          update((d) => ({
                            ...d,
                            levels: { ...d.levels, [skill.slug]: level },
                            rated: d.rated.includes(skill.slug) ? d.rated : [...d.rated, skill.slug],
                          }))
                        }
                        className="mt-1 accent-accent"
                      />
                      <span>
                        <span className="block font-medium">
                          {level} {name}
                        </span>
                        <span className="block text-xs text-muted">{descriptor}</span>
                      </span>
                    </label>
                  ))}
                </div>
                <NoteField
                  skill={skill}
                  value={draft.notes[skill.slug] ?? ""}
                  error={noteError(skill.slug)}
                  onChange={(note) => update((d) => ({ ...d, notes: { ...d.notes, [skill.slug]: note } }))}
                />
              </fieldset>
            ))}
        </section>
      ))}
    </form>
  );
}

function NoteField({
  skill,
  value,
  error,
  onChange,
}: {
  skill: FormSkill;
  value: string;
  error?: string;
  onChange: (note: string) => void;
}) {
  const id = `note-${skill.slug}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="text-sm font-medium">
        Evidence for {skill.name} (optional)
      </label>
      <textarea
        id={id}
        value={value}
        maxLength={NOTE_MAX}
        rows={1}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-count${error ? ` ${id}-error` : ""}`}
        placeholder="A link to a repository, a paper, a course…"
        className="w-full rounded-md border border-control bg-surface px-3 py-2 text-sm"
      />
      <p id={`${id}-count`} className="text-xs text-muted">
        {value.length} of {NOTE_MAX} characters
      </p>
      {error && (
        <p id={`${id}-error`} className="text-sm text-danger-ink">
          {error}
        </p>
      )}
    </div>
  );
}
