import type { Metadata } from "next";
import { ReviewForm } from "@/components/reviews/review-form";
import { FormMessage } from "@/components/ui/field";
import { REVIEW_LINK_CLOSED } from "@/lib/domain/sharing";
import { orNotFound } from "@/lib/http/pages";
import { getReviewInvitation } from "@/lib/services/reviews";
import { listRoles } from "@/lib/services/roles";

// No sign-in: the link is the reviewer's only key. Not indexed, and the token never leaves in a Referer.
export const metadata: Metadata = { title: "Review", robots: { index: false, follow: false }, referrer: "no-referrer" };

export default async function ReviewPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invitation, { skills }] = await Promise.all([orNotFound(getReviewInvitation(token)), listRoles()]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Review {invitation.ownerName}&apos;s skills</h1>
      {invitation.open ? (
        <>
          <p className="max-w-3xl text-muted">
            {invitation.reviewerName}, {invitation.ownerName} asked for your view. Rate each skill from 0 (None) to 5 (Expert) as you see
            it; {invitation.ownerName}&apos;s own ratings are not shown, so your review stays independent. This link works once.
          </p>
          <ReviewForm
            token={token}
            ownerName={invitation.ownerName}
            skills={skills.map(({ slug, name, category }) => ({ slug, name, category }))}
          />
        </>
      ) : (
        <FormMessage tone="error">{REVIEW_LINK_CLOSED}</FormMessage>
      )}
    </div>
  );
}
