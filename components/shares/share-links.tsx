"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "@/components/api-client";
import { formatDate } from "@/components/format";
import { useFieldErrors } from "@/components/forms/use-zod-form";
import { useViewerZone } from "@/components/local-time";
import { buttonClass, secondaryButtonClass } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import type { ShareLinkSummary } from "@/lib/domain/sharing";
import { createShareSchema, SHARE_DAYS_MAX, type CreateShareInput } from "@/lib/schemas/sharing";
import { NewLink } from "./new-link";

const sectionClass = "space-y-4 rounded-xl border border-line bg-surface p-4 shadow-sm";

/** Settings: create read-only links to your profile, see their views, revoke them. */
export function ShareLinksSection() {
  const zone = useViewerZone();
  const queryClient = useQueryClient();
  const links = useQuery({ queryKey: ["shares"], queryFn: () => api<ShareLinkSummary[]>("/api/v1/shares") });
  const [created, setCreated] = useState<string | null>(null);
  const { errors, validate, fromServer } = useFieldErrors();
  const create = useMutation({
    mutationFn: (input: CreateShareInput) => api<{ url: string }>("/api/v1/shares", { method: "POST", body: input }),
    onSuccess: ({ url }) => {
      setCreated(url);
      return queryClient.invalidateQueries({ queryKey: ["shares"] });
    },
    onError: fromServer,
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api(`/api/v1/shares/${id}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["shares"] }),
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = { expiresInDays: Number(data.get("expiresInDays")), showNotes: data.get("showNotes") === "on" };
    if (validate(createShareSchema, input)) create.mutate(input);
  }

  return (
    <section aria-labelledby="shares-heading" className={sectionClass}>
      <h2 id="shares-heading" className="text-lg font-semibold">
        Share your profile
      </h2>
      <p className="text-sm">
        A read-only link to your readiness, target role, progress and levels, for a mentor or a recruiter. Anyone with the link can see it,
        without an account, until it expires or you revoke it.
      </p>
      <form onSubmit={onSubmit} noValidate className="space-y-3">
        {errors.form && <FormMessage tone="error">{errors.form}</FormMessage>}
        <Field
          label="Days until it expires"
          name="expiresInDays"
          type="number"
          min={1}
          max={SHARE_DAYS_MAX}
          defaultValue={30}
          hint={`From 1 to ${SHARE_DAYS_MAX}.`}
          error={errors.expiresInDays}
        />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="showNotes" className="accent-accent" />
          Show my evidence notes
        </label>
        <button type="submit" className={buttonClass} disabled={create.isPending}>
          Create share link
        </button>
      </form>
      {created && <NewLink path={created} what="Your share link is ready." />}
      {links.data && links.data.length > 0 && (
        <ul className="divide-y divide-line text-sm" aria-label="Your share links">
          {links.data.map((link) => (
            <li key={link.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                Created {formatDate(link.createdAt, zone)} · {link.expired ? "expired" : "expires"} {formatDate(link.expiresAt, zone)} ·{" "}
                {link.viewCount} {link.viewCount === 1 ? "view" : "views"}
                {link.showNotes && " · shows notes"}
              </span>
              <button
                type="button"
                className={secondaryButtonClass}
                disabled={revoke.isPending}
                aria-label={`Revoke the link created ${formatDate(link.createdAt, zone)}`}
                onClick={() => revoke.mutate(link.id)}
              >
                Revoke
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
