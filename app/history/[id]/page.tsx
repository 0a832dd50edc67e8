import type { Metadata } from "next";
import Link from "next/link";
import { AssessmentComparisonView } from "@/components/history/assessment-comparison";
import { AssessmentView } from "@/components/history/assessment-view";
import { formatDateTime } from "@/components/format";
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
        <h1 className="text-2xl font-bold">Assessment of {formatDateTime(assessment.createdAt)}</h1>
        {saved && (
          <p role="status" className="font-medium text-emerald-800 dark:text-emerald-300">
            Saved. Here is where you stand.
          </p>
        )}
      </div>
      {comparison && <AssessmentComparisonView comparison={comparison} roles={framework.roles} skills={framework.skills} />}
      {others.length > 0 && (
        <form method="get" className="flex flex-wrap items-end gap-2">
          <div className="space-y-1">
            <label htmlFor="compare" className="block text-sm font-medium">
              Compare with
            </label>
            <select
              id="compare"
              name="compare"
              defaultValue={compare ?? others[0]!.id}
              className="rounded-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900"
            >
              {others.map((item) => (
                <option key={item.id} value={item.id}>
                  {formatDateTime(item.createdAt)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded-md border border-slate-400 px-4 py-2 font-medium dark:border-slate-600">
            Compare
          </button>
        </form>
      )}
      <AssessmentView assessment={assessment} roles={framework.roles} skills={framework.skills} />
    </div>
  );
}
