"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { api, ApiError } from "@/components/api-client";
import { LevelChoices } from "@/components/assess/level-choices";
import { useFieldErrors } from "@/components/forms/use-zod-form";
import { buttonClass } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { SKILL_CATEGORIES } from "@/lib/domain/framework";
import { NOTE_MAX } from "@/lib/schemas/assessment";
import { reviewResponseSchema, type ReviewResponseInput } from "@/lib/schemas/sharing";

interface ReviewSkill {
  slug: string;
  name: string;
  category: string;
}

/**
 * The reviewer's form: every skill on the self-assessment's scale, with an
 * optional note, and nothing of the owner's own ratings, so the second
 * opinion is independent.
 */
export function ReviewForm({ token, ownerName, skills }: { token: string; ownerName: string; skills: ReviewSkill[] }) {
  const [levels, setLevels] = useState<Record<string, number>>({});
  const [notes, setNotes] = useState<Record<string, string>>({});
  const { errors, setErrors, validate, fromServer } = useFieldErrors();
  const input: ReviewResponseInput = {
    ratings: skills
      .filter((skill) => skill.slug in levels)
      .map((skill) => ({ skill: skill.slug, level: levels[skill.slug]!, ...(notes[skill.slug] ? { note: notes[skill.slug] } : {}) })),
  };
  const unrated = skills.filter((skill) => !(skill.slug in levels));

  const send = useMutation({
    mutationFn: () => api(`/api/v1/reviews/${encodeURIComponent(token)}/response`, { method: "POST", body: input }),
    onError: fromServer,
  });

  function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    if (unrated.length) {
      setErrors({ form: `Rate every skill before sending: ${unrated.length} still to rate, starting with ${unrated[0]!.name}.` });
      return;
    }
    if (validate(reviewResponseSchema, input)) send.mutate();
  }

  if (send.isSuccess) {
    return <FormMessage tone="success">Thank you. Your review has been sent to {ownerName}. This link cannot be used again.</FormMessage>;
  }
  if (send.error instanceof ApiError && send.error.status === 410) {
    return <FormMessage tone="error">{send.error.message}</FormMessage>;
  }

  const noteError = (slug: string) => {
    const index = input.ratings.findIndex((rating) => rating.skill === slug);
    return index >= 0 ? errors[`ratings.${index}.note`] : undefined;
  };

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-8">
      {SKILL_CATEGORIES.map((category) => (
        <section key={category} aria-labelledby={`category-${category}`} className="space-y-4">
          <h2 id={`category-${category}`} className="text-xl font-semibold">
            {category}
          </h2>
          {skills
            .filter((skill) => skill.category === category)
            .map((skill) => (
              <fieldset key={skill.slug} className="space-y-3 rounded-xl border border-line bg-surface p-4 shadow-sm">
                <legend className="px-1 font-semibold">{skill.name}</legend>
                <LevelChoices
                  name={skill.slug}
                  value={levels[skill.slug] ?? null}
                  onChange={(level) => setLevels((current) => ({ ...current, [skill.slug]: level }))}
                />
                <div className="space-y-1">
                  <label htmlFor={`note-${skill.slug}`} className="text-sm font-medium">
                    Note on {skill.name} (optional)
                  </label>
                  <textarea
                    id={`note-${skill.slug}`}
                    value={notes[skill.slug] ?? ""}
                    maxLength={NOTE_MAX}
                    rows={1}
                    onChange={(event) => setNotes((current) => ({ ...current, [skill.slug]: event.target.value }))}
                    aria-invalid={noteError(skill.slug) ? true : undefined}
                    className="w-full rounded-md border border-control bg-surface px-3 py-2 text-sm"
                  />
                  {noteError(skill.slug) && <p className="text-sm text-danger-ink">{noteError(skill.slug)}</p>}
                </div>
              </fieldset>
            ))}
        </section>
      ))}
      <div className="space-y-3">
        {errors.form && <FormMessage tone="error">{errors.form}</FormMessage>}
        {errors.ratings && <FormMessage tone="error">{errors.ratings}</FormMessage>}
        <p className="text-sm" aria-live="polite">
          {skills.length - unrated.length} of {skills.length} skills rated
        </p>
        <button type="submit" className={buttonClass} disabled={send.isPending}>
          {send.isPending ? "Sending…" : `Send my review of ${ownerName}`}
        </button>
      </div>
    </form>
  );
}
