"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { api } from "@/components/api-client";
import { formatDateTime } from "@/components/format";
import { useViewerZone } from "@/components/local-time";
import type { ReviewSummary } from "@/lib/domain/sharing";

/** History's marks of when second opinions came in, beside the assessments they are measured against. */
export function ReviewMarks() {
  const zone = useViewerZone();
  const reviews = useQuery({ queryKey: ["reviews"], queryFn: () => api<ReviewSummary[]>("/api/v1/reviews") });
  const answered = (reviews.data ?? []).filter((review) => review.answeredAt);
  if (answered.length === 0) return null;
  return (
    <section aria-labelledby="review-marks-heading" className="space-y-2 rounded-xl border border-line bg-surface p-4 shadow-sm">
      <h2 id="review-marks-heading" className="text-lg font-semibold">
        Reviews received
      </h2>
      <ol className="space-y-1 text-sm">
        {answered.map((review) => (
          <li key={review.id}>
            <time dateTime={review.answeredAt!}>{formatDateTime(review.answeredAt!, zone)}</time>: {review.reviewerName} rated you.
          </li>
        ))}
      </ol>
      <p className="text-sm">
        Each review is set beside your latest assessment before it. <Link href="/dashboard">See the latest on your dashboard</Link>
      </p>
    </section>
  );
}
