import type { Metadata } from "next";
import { CompareView } from "@/components/compare/compare-view";
import { requirePageUser } from "@/lib/auth/session";
import { getMe } from "@/lib/services/account";
import { getLatestAssessment } from "@/lib/services/assessments";
import { getFramework } from "@/lib/services/framework";

export const metadata: Metadata = { title: "Compare the roles" };

export default async function ComparePage() {
  const user = await requirePageUser("/compare");
  const [framework, latest, me] = await Promise.all([getFramework(), getLatestAssessment(user), getMe(user)]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Compare the roles</h1>
      <p className="max-w-3xl text-muted">
        Your levels against what each role expects. Try what-if mode to see how raising a skill would move every role.
      </p>
      <CompareView
        framework={framework}
        latest={latest && { note: latest.note, ratings: latest.ratings }}
        targetRole={me.targetRole}
        goal={{ readiness: me.goalReadiness, date: me.goalDate }}
      />
    </div>
  );
}
