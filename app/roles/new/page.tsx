import type { Metadata } from "next";
import { PostingDraft } from "@/components/roles/posting-draft";
import { requirePageUser } from "@/lib/auth/session";
import { getLatestAssessment } from "@/lib/services/assessments";
import { getFramework } from "@/lib/services/framework";

export const metadata: Metadata = { title: "Draft a role from a job posting" };

export default async function NewRolePage() {
  const user = await requirePageUser("/roles/new");
  const [framework, latest] = await Promise.all([getFramework(), getLatestAssessment(user)]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Draft a role from a job posting</h1>
      <p className="max-w-3xl text-muted">
        Paste a posting you are aiming at. Skillgap reads it on the server, without any AI service, and proposes a target and weight for
        each of the twenty skills, with the phrases that produced them. Adjust them, and see how ready you are for the posting today.
      </p>
      <PostingDraft skills={framework.skills} latest={latest && { createdAt: latest.createdAt, ratings: latest.ratings }} />
    </div>
  );
}
