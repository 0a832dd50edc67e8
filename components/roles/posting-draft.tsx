"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useId, useState } from "react";
import { api } from "@/components/api-client";
import { formatDate } from "@/components/format";
import { useFieldErrors } from "@/components/forms/use-zod-form";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage, inputClass, Notice } from "@/components/ui/field";
import { ColumnHeads, rowClass, Table, tdClass } from "@/components/ui/table";
import { LEVELS, levelName, type Role, type Skill } from "@/lib/domain/framework";
import { formatReadiness, roleResult } from "@/lib/domain/gap";
import { POSTING_MAX_CHARS, roleDraftRequestSchema, type RoleDraft, type RoleDraftRequest } from "@/lib/schemas/role-draft";

type Target = RoleDraft["targets"][number];

const WEIGHTS = [
  { value: 1, label: "1: other" },
  { value: 2, label: "2: responsibility" },
  { value: 3, label: "3: core" },
];
const selectClass = `${inputClass} w-auto min-w-44`;

/** /roles/new: paste a posting, get a draft of targets with their evidence, adjust it and see your readiness for it. */
export function PostingDraft({
  skills,
  latest,
}: {
  skills: readonly Skill[];
  latest: { createdAt: string; ratings: readonly { skill: string; level: number }[] } | null;
}) {
  const textId = useId();
  const [targets, setTargets] = useState<Target[] | null>(null);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const { errors, validate, fromServer } = useFieldErrors();
  const draft = useMutation({
    mutationFn: (input: RoleDraftRequest) => api<RoleDraft>("/api/v1/roles/draft", { method: "POST", body: input }),
    onSuccess: (answer) => {
      setTargets(answer.targets);
      setUnmatched(answer.unmatched);
    },
    onError: fromServer,
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = validate(roleDraftRequestSchema, { text: String(new FormData(event.currentTarget).get("text")) });
    if (input) draft.mutate(input);
  }

  function change(skill: string, field: "target" | "weight", value: number) {
    setTargets((current) => current && current.map((entry) => (entry.skill === skill ? { ...entry, [field]: value } : entry)));
  }

  const describedBy = [`${textId}-hint`, errors.text && `${textId}-error`].filter(Boolean).join(" ");
  return (
    <div className="space-y-6">
      <Card title="Paste a job posting">
        <form onSubmit={onSubmit} noValidate className="space-y-3">
          {errors.form && <FormMessage tone="error">{errors.form}</FormMessage>}
          <div className="space-y-1">
            <label htmlFor={textId} className="block text-sm font-medium">
              Job posting
            </label>
            <textarea
              id={textId}
              name="text"
              rows={10}
              maxLength={POSTING_MAX_CHARS}
              aria-invalid={errors.text ? true : undefined}
              aria-describedby={describedBy}
              className={inputClass}
            />
            <p id={`${textId}-hint`} className="text-xs text-muted">
              Up to 20,000 characters: plain text, Markdown or HTML. The posting is read, not stored.
            </p>
            {errors.text && (
              <p id={`${textId}-error`} className="text-sm text-danger-ink">
                {errors.text}
              </p>
            )}
          </div>
          <button type="submit" className={buttonClass} disabled={draft.isPending}>
            {draft.isPending ? "Drafting…" : "Draft targets"}
          </button>
        </form>
      </Card>
      {targets && <DraftTable skills={skills} targets={targets} unmatched={unmatched} latest={latest} onChange={change} />}
    </div>
  );
}

function DraftTable({
  skills,
  targets,
  unmatched,
  latest,
  onChange,
}: {
  skills: readonly Skill[];
  targets: Target[];
  unmatched: string[];
  latest: { createdAt: string; ratings: readonly { skill: string; level: number }[] } | null;
  onChange: (skill: string, field: "target" | "weight", value: number) => void;
}) {
  const names = new Map(skills.map(({ slug, name }) => [slug, name]));
  const levels = Object.fromEntries((latest?.ratings ?? []).map(({ skill, level }) => [skill, level]));
  const named = targets.filter(({ target }) => target > 0).length;
  // The draft as a role, so the readiness below is the same arithmetic every screen uses (FRAMEWORK.md).
  const role: Role = {
    slug: "draft",
    name: "Drafted role",
    focus: "",
    employers: "",
    mathLevel: "",
    programmingLevel: "",
    deploymentLevel: "",
    responsibilities: [],
    skills: targets.map(({ skill, target, weight }) => ({ skill, target, weight })),
  };
  const result = named > 0 ? roleResult(role, levels) : null;
  return (
    <Card
      title="Drafted targets"
      description={`${named} of ${targets.length} skills named in the posting. Change any target or weight; the readiness follows.`}
    >
      <Notice tone="info">Saving your own roles comes later: this draft lives on this page only, and leaving the page discards it.</Notice>
      <p role="status" className="text-sm">
        {!result ? (
          "No skill has a target above 0: raise one to see your readiness."
        ) : latest ? (
          <>
            Your readiness for this posting: <strong className="text-base">{formatReadiness(result.readiness)}</strong>, {result.skillsMet}{" "}
            of {result.skillsTotal} skills met, from your assessment of {formatDate(latest.createdAt)}.
          </>
        ) : (
          <>
            <Link href="/assess">Rate yourself</Link> to see how ready you are for this posting.
          </>
        )}
      </p>
      <Table caption="Target and weight per skill, with the phrases that produced them" hideCaption minWidth="56rem">
        <ColumnHeads names={["Skill", "Target", "Weight", latest && "You", "From the posting"]} />
        <tbody>
          {targets.map(({ skill, target, weight, evidence }) => {
            const name = names.get(skill) ?? skill;
            return (
              <tr key={skill} className={rowClass}>
                <th scope="row" className={`${tdClass} text-left font-medium`}>
                  {name}
                </th>
                <td className={tdClass}>
                  <select
                    aria-label={`Target for ${name}`}
                    className={selectClass}
                    value={target}
                    onChange={(event) => onChange(skill, "target", Number(event.target.value))}
                  >
                    {LEVELS.map((level) => (
                      <option key={level} value={level}>
                        {level === 0 ? "0: not needed" : `${level}: ${levelName(level)}`}
                      </option>
                    ))}
                  </select>
                </td>
                <td className={tdClass}>
                  <select
                    aria-label={`Weight for ${name}`}
                    className={selectClass}
                    value={weight}
                    disabled={target === 0}
                    onChange={(event) => onChange(skill, "weight", Number(event.target.value))}
                  >
                    {WEIGHTS.map(({ value, label }) => (
                      <option key={value} value={value}>
                        {label}
                      </option>
                    ))}
                  </select>
                </td>
                {latest && <td className={tdClass}>{levels[skill] ?? 0}</td>}
                <td className={tdClass}>
                  {evidence.length === 0 ? (
                    <span className="text-muted">Not named</span>
                  ) : (
                    <ul className="list-disc space-y-1 pl-4">
                      {evidence.map((phrase) => (
                        <li key={phrase}>“{phrase}”</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      {unmatched.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer font-medium">Phrases that named none of the twenty skills ({unmatched.length})</summary>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {unmatched.map((phrase) => (
              <li key={phrase}>{phrase}</li>
            ))}
          </ul>
        </details>
      )}
    </Card>
  );
}
