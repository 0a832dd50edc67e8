"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useMemo, useState } from "react";
import { api } from "@/components/api-client";
import { Badge } from "@/components/ui/badge";
import { buttonClass, secondaryButtonClass } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import { FormMessage, inputClass } from "@/components/ui/field";
import { useFieldErrors } from "@/components/forms/use-zod-form";
import { useStoredState } from "./use-stored-state";
import type { Rating } from "@/lib/domain/assessment";
import { levelName, SKILL_CATEGORIES } from "@/lib/domain/framework";
import { NOTE_MAX, saveAssessmentSchema, type SaveAssessmentInput } from "@/lib/schemas/assessment";

export interface FormSkill {
  slug: string;
  name: string;
  category: string;
  /** Roles that need this skill (target > 0). */
  neededBy: { role: string; target: number }[];
  /** What each level 0-5 looks like in this skill. */
  levels: { level: number; descriptor: string }[];
}

interface Draft {
  levels: Record<string, number>;
  rated: string[];
  notes: Record<string, string>;
  idempotencyKey: string;
}

/** The draft a form starts from: the skills the user rated themselves in the latest assessment, with their notes. */
function draftFrom(ratings: readonly Rating[]): Draft {
  const chosen = ratings.filter((r) => r.byChoice !== false);
  return {
    levels: Object.fromEntries(chosen.map((r) => [r.skill, r.level])),
    rated: chosen.map((r) => r.skill),
    notes: Object.fromEntries(ratings.filter((r) => r.note).map((r) => [r.skill, r.note!])),
    idempotencyKey: crypto.randomUUID(),
  };
}

/**
 * One form over the whole catalogue. The draft lives in localStorage until it
 * is saved or discarded, so a reload loses nothing; it starts from the latest
 * assessment. It saves only when every skill is rated, or when the user
 * chooses to rate the rest as 0, which the assessment then records.
 */
export function AssessmentForm({ skills, userId, latest }: { skills: FormSkill[]; userId: string; latest: Rating[] }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [initial] = useState(() => draftFrom(latest));
  const stored = useStoredState<Draft>(`skillgap:assessment-draft:${userId}`, initial);
  const draft = stored.value;
  const { errors, validate, fromServer } = useFieldErrors();
  const [rateRestAsZero, setRateRestAsZero] = useState(false);
  const [triedWithUnrated, setTriedWithUnrated] = useState(false);

  function update(change: (current: Draft) => Draft) {
    stored.set(change(draft));
  }

  const rated = useMemo(() => new Set(draft.rated), [draft.rated]);
  const unrated = skills.filter((skill) => !rated.has(skill.slug));
  const input: SaveAssessmentInput = {
    ratings: skills
      .filter((skill) => rated.has(skill.slug))
      .map((skill) => ({
        skill: skill.slug,
        level: draft.levels[skill.slug] ?? 0,
        ...(draft.notes[skill.slug] ? { note: draft.notes[skill.slug] } : {}),
      })),
    ...(unrated.length > 0 && rateRestAsZero ? { rateUnratedAsZero: true } : {}),
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
    if (unrated.length > 0 && !rateRestAsZero) {
      setTriedWithUnrated(true);
      document.getElementById("unrated-choice")?.focus();
      return;
    }
    if (validate(saveAssessmentSchema, input)) save.mutate();
  }

  // Back to where the form started: the latest saved assessment.
  function discard() {
    stored.clear();
    setTriedWithUnrated(false);
  }

  const noteError = (slug: string) => {
    const index = input.ratings.findIndex((r) => r.skill === slug);
    return index >= 0 ? errors[`ratings.${index}.note`] : undefined;
  };
  // A full account is not the ratings' fault: its message is shown as it is.
  const formError = errors.form ?? errors.assessments;

  return (
    <form onSubmit={onSubmit} className="space-y-6" aria-describedby="progress-text" noValidate>
      <div className="sticky top-0 z-10 -mx-4 border-b border-line bg-surface/95 px-4 py-2 backdrop-blur">
        <div className="flex items-center gap-3">
          <label htmlFor="progress" id="progress-text" className="shrink-0 text-sm font-medium tabular-nums">
            {rated.size} of {skills.length} rated
          </label>
          <progress id="progress" max={skills.length} value={rated.size} className="h-2 min-w-0 flex-1 accent-accent" />
          <button type="submit" className={`${buttonClass} shrink-0`} disabled={save.isPending}>
            {save.isPending ? "Saving…" : "Save"}
          </button>
        </div>
      </div>
      {stored.stored && (
        <p className="flex flex-wrap items-center gap-3 text-sm text-muted" role="status">
          Unsaved draft, kept in this browser until you save or discard it.
          <button type="button" className={secondaryButtonClass} onClick={discard}>
            Discard draft
          </button>
        </p>
      )}
      {formError && <FormMessage tone="error">{formError}</FormMessage>}
      {Object.keys(errors).length > 0 && !formError && (
        <FormMessage tone="error">Some ratings need attention: see the highlighted skills.</FormMessage>
      )}

      {SKILL_CATEGORIES.map((category) => (
        <section key={category} aria-labelledby={`category-${category}`} className="space-y-3">
          <h2 id={`category-${category}`} className="text-lg font-semibold">
            {category}
          </h2>
          {skills
            .filter((skill) => skill.category === category)
            .map((skill) => (
              <SkillRating
                key={skill.slug}
                skill={skill}
                level={rated.has(skill.slug) ? (draft.levels[skill.slug] ?? 0) : null}
                note={draft.notes[skill.slug] ?? ""}
                noteError={noteError(skill.slug)}
                onLevel={(level) =>
                  update((d) => ({
                    ...d,
                    levels: { ...d.levels, [skill.slug]: level },
                    rated: d.rated.includes(skill.slug) ? d.rated : [...d.rated, skill.slug],
                  }))
                }
                onNote={(note) => update((d) => ({ ...d, notes: { ...d.notes, [skill.slug]: note } }))}
              />
            ))}
        </section>
      ))}

      {unrated.length > 0 && (
        <section aria-labelledby="unrated-heading" className={`${cardClass} space-y-3`}>
          <h2 id="unrated-heading" className="text-lg font-semibold">
            {unrated.length} {unrated.length === 1 ? "skill is" : "skills are"} not rated yet
          </h2>
          {triedWithUnrated && !rateRestAsZero && (
            <FormMessage tone="error">
              Rate every skill before saving, or choose to rate the {unrated.length} unrated {unrated.length === 1 ? "skill" : "skills"} as
              0 (None).
            </FormMessage>
          )}
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {unrated.map((skill) => (
              <li key={skill.slug}>
                <a href={`#skill-${skill.slug}`}>{skill.name}</a>
              </li>
            ))}
          </ul>
          <label className="flex items-start gap-2">
            <input
              id="unrated-choice"
              type="checkbox"
              className="mt-1 size-4 accent-accent"
              checked={rateRestAsZero}
              onChange={(event) => setRateRestAsZero(event.target.checked)}
            />
            <span>
              Rate the {unrated.length} unrated {unrated.length === 1 ? "skill" : "skills"} as 0 (None). The assessment records that you did
              not rate {unrated.length === 1 ? "it" : "them"} yourself.
            </span>
          </label>
        </section>
      )}
      <button type="submit" className={buttonClass} disabled={save.isPending}>
        {save.isPending ? "Saving…" : "Save assessment"}
      </button>
    </form>
  );
}

/**
 * One skill: a 0-5 segmented choice whose chosen level's descriptor (for
 * this skill) shows underneath, and the evidence note.
 */
function SkillRating({
  skill,
  level,
  note,
  noteError,
  onLevel,
  onNote,
}: {
  skill: FormSkill;
  level: number | null;
  note: string;
  noteError?: string;
  onLevel: (level: number) => void;
  onNote: (note: string) => void;
}) {
  const descriptorId = useId();
  const noteId = `note-${skill.slug}`;
  return (
    <fieldset id={`skill-${skill.slug}`} aria-describedby={descriptorId} className={`${cardClass} space-y-2`}>
      <legend className="float-left flex w-full flex-wrap items-center gap-x-2 gap-y-1">
        <span className="font-semibold">{skill.name}</span>
        {level === null && <Badge tone="warning">Not yet rated</Badge>}
        <span className="w-full text-sm text-muted">
          {skill.neededBy.length === 0
            ? "No role needs this skill."
            : `Target: ${skill.neededBy.map(({ role, target }) => `${role} ${target}`).join(" · ")}`}{" "}
          · <Link href={`/skills/${skill.slug}`}>About this skill</Link>
        </span>
      </legend>
      <div className="grid grid-cols-6 overflow-hidden rounded-lg border border-control">
        {skill.levels.map(({ level: value }) => (
          <label
            key={value}
            className="relative flex min-h-11 cursor-pointer flex-col items-center justify-center border-l border-control text-center first:border-l-0 has-checked:bg-accent has-checked:text-on-accent has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent"
          >
            <input
              type="radio"
              name={skill.slug}
              value={value}
              checked={level === value}
              onChange={() => onLevel(value)}
              className="absolute inset-0 cursor-pointer appearance-none opacity-0"
            />
            <span className="text-base font-semibold tabular-nums">{value}</span>
            <span className="sr-only"> {levelName(value)}</span>
          </label>
        ))}
      </div>
      <p id={descriptorId} className="text-sm" aria-live="polite">
        {level === null ? (
          <span className="text-muted">Choose a level from 0 (None) to 5 (Expert).</span>
        ) : (
          <>
            <strong>
              {level} {levelName(level)}:
            </strong>{" "}
            {skill.levels[level]?.descriptor}
          </>
        )}
      </p>
      <div className="space-y-1">
        <div className="flex items-baseline justify-between gap-2">
          <label htmlFor={noteId} className="text-sm font-medium">
            Evidence<span className="sr-only"> for {skill.name}</span> (optional)
          </label>
          <span id={`${noteId}-count`} className="shrink-0 text-xs text-muted tabular-nums">
            {note.length}/{NOTE_MAX}
          </span>
        </div>
        <textarea
          id={noteId}
          value={note}
          maxLength={NOTE_MAX}
          rows={1}
          onChange={(event) => onNote(event.target.value)}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={`${noteId}-count${noteError ? ` ${noteId}-error` : ""}`}
          placeholder="A link to a repository, a paper, a course…"
          className={`${inputClass} field-sizing-content min-h-10 text-sm`}
        />
        {noteError && (
          <p id={`${noteId}-error`} className="text-sm text-danger-ink">
            {noteError}
          </p>
        )}
      </div>
    </fieldset>
  );
}
