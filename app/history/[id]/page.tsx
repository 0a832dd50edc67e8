import type { Metadata } from "next";
import Link from "next/link";
import { AssessmentComparisonView } from "@/components/history/assessment-comparison";
import { AssessmentView } from "@/components/history/assessment-view";
import { CompareWithForm } from "@/components/history/compare-with-form";
import { LocalTime } from "@/components/local-time";
import { requirePageUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/http/pages";
import { compareAssessments, getAssessment, listAssessments } from "@/lib/services/assessments";
import { listRoles } from "@/lib/services/roles";

export const metadata: Metadata = { title: "Assessment" };

/** The recent assessments offered to compare with. */
const COMPARE_CHOICES = 50;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ compare?: string; saved?: string }> };

export default async function AssessmentPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { compare, saved } = await searchParams;
  const user = await requirePageUser(`/history/${id}`);
  const [assessment, framework, recent] = await Promise.all([
    orNotFound(getAssessment(user, id)),
    listRoles(),
    listAssessments(user, { limit: COMPARE_CHOICES }),
  ]);
  const comparison = compare ? await orNotFound(compareAssessments(user, id, compare)) : null;
  const others = recent.items.filter((item) => item.id !== id);

  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <p className="text-sm">
          <Link href="/history">← All assessments</Link>
        </p>
        <h1 className="text-2xl font-bold">
          Assessment of <LocalTime value={assessment.createdAt} />
        </h1>
        {saved && (
          <div className="space-y-1">
            <p role="status" className="font-medium text-success-ink">
              Saved. Here is where you stand.
            </p>
            {/* Saving is not the end of the visit: the places a saved assessment changes, one click away. */}
            <nav aria-label="Next steps" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              <Link href="/dashboard">Your step this month</Link>
              <Link href="/compare">Compare the roles</Link>
              <Link href="/history">All your assessments</Link>
            </nav>
          </div>
        )}
      </div>
      {comparison && <AssessmentComparisonView comparison={comparison} roles={framework.roles} skills={framework.skills} />}
      {others.length > 0 && <CompareWithForm others={others} selected={compare ?? others[0]!.id} />}
      <AssessmentView assessment={assessment} roles={framework.roles} skills={framework.skills} />
    </div>
  );
}
