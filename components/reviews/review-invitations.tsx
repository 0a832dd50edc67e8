"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "@/components/api-client";
import { formatDate, type TimeZone } from "@/components/format";
import { useFieldErrors } from "@/components/forms/use-zod-form";
import { useViewerZone } from "@/components/local-time";
import { NewLink } from "@/components/shares/new-link";
import { buttonClass, secondaryButtonClass } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import type { ReviewStatus, ReviewSummary } from "@/lib/domain/sharing";
import { createReviewSchema, REVIEW_DAYS_DEFAULT, REVIEW_DAYS_MAX, REVIEWER_NAME_MAX, type CreateReviewInput } from "@/lib/schemas/sharing";

const sectionClass = "space-y-4 rounded-xl border border-line bg-surface p-4 shadow-sm";

function describeStatus(review: ReviewSummary, zone: TimeZone): string {
  const byStatus: Record<ReviewStatus, string> = {
    pending: `waiting, link expires ${formatDate(review.expiresAt, zone)}`,
    answered: `answered ${formatDate(review.answeredAt ?? review.createdAt, zone)}`,
    expired: `expired ${formatDate(review.expiresAt, zone)} unanswered`,
    revoked: "withdrawn",
  };
  return byStatus[review.status];
}

/** Settings: invite a mentor to rate you through a single-use link, and follow or withdraw the invitations. */
export function ReviewInvitationsSection() {
  const zone = useViewerZone();
  const queryClient = useQueryClient();
  const reviews = useQuery({ queryKey: ["reviews"], queryFn: () => api<ReviewSummary[]>("/api/v1/reviews") });
  const [created, setCreated] = useState<string | null>(null);
  const { errors, validate, fromServer } = useFieldErrors();
  const invite = useMutation({
    mutationFn: (input: CreateReviewInput) => api<{ url: string }>("/api/v1/reviews", { method: "POST", body: input }),
    onSuccess: ({ url }) => {
      setCreated(url);
      return queryClient.invalidateQueries({ queryKey: ["reviews"] });
    },
    onError: fromServer,
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api(`/api/v1/reviews/${id}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["reviews"] }),
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = { reviewerName: String(data.get("reviewerName")), expiresInDays: Number(data.get("expiresInDays")) };
    if (validate(createReviewSchema, input)) invite.mutate(input);
  }

  return (
    <section id="reviews" aria-labelledby="reviews-heading" className={sectionClass}>
      <h2 id="reviews-heading" className="text-lg font-semibold">
        Ask for a review
      </h2>
      <p className="text-sm">
        A mentor, lead or peer rates you on the same twenty skills, without seeing your own ratings. The link works once. Your dashboard
        then sets their view beside yours; your own assessments stay as they are.
      </p>
      <form onSubmit={onSubmit} noValidate className="space-y-3">
        {errors.form && <FormMessage tone="error">{errors.form}</FormMessage>}
        <Field label="Reviewer's name" name="reviewerName" maxLength={REVIEWER_NAME_MAX} autoComplete="off" error={errors.reviewerName} />
        <Field
          label="Days the link stays open"
          name="expiresInDays"
          type="number"
          min={1}
          max={REVIEW_DAYS_MAX}
          defaultValue={REVIEW_DAYS_DEFAULT}
          hint={`From 1 to ${REVIEW_DAYS_MAX}.`}
          error={errors.expiresInDays}
        />
        <button type="submit" className={buttonClass} disabled={invite.isPending}>
          Create review link
        </button>
      </form>
      {created && <NewLink path={created} what="Send this link to your reviewer." />}
      {reviews.data && reviews.data.length > 0 && (
        <ul className="divide-y divide-line text-sm" aria-label="Your reviews">
          {reviews.data.map((review) => (
            <li key={review.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                <strong>{review.reviewerName}</strong>: {describeStatus(review, zone)}
              </span>
              {review.status === "pending" && (
                <button
                  type="button"
                  className={secondaryButtonClass}
                  disabled={revoke.isPending}
                  aria-label={`Withdraw the review link for ${review.reviewerName}`}
                  onClick={() => revoke.mutate(review.id)}
                >
                  Withdraw
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
