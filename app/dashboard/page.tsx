import type { Metadata } from "next";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { PlanSection } from "@/components/plan/plan-section";
import { NextReassessment } from "@/components/reminders/next-reassessment";
import { CalibrationSection } from "@/components/reviews/calibration-section";
import { requirePageUser } from "@/lib/auth/session";
import { getDashboard } from "@/lib/services/dashboard";
import { getPlan } from "@/lib/services/plan";
import { getReminders } from "@/lib/services/reminders";
import { getLatestCalibration } from "@/lib/services/reviews";
import { listRoles } from "@/lib/services/roles";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requirePageUser("/dashboard");
  const [dashboard, { roles, skills }, plan, reminders, calibration] = await Promise.all([
    getDashboard(user),
    listRoles(),
    getPlan(user),
    getReminders(user),
    getLatestCalibration(user),
  ]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{user.name ? `${user.name}'s dashboard` : "Your dashboard"}</h1>
      {/* The JSON round trip gives the client exactly what GET /api/v1/dashboard would. */}
      <DashboardView
        initial={JSON.parse(JSON.stringify(dashboard))}
        allRoles={roles.map(({ slug, name }) => ({ slug, name }))}
        initialPlan={plan}
        plan={
          <>
            <PlanSection initial={plan} skills={skills.map(({ slug, name }) => ({ slug, name }))} />
            <NextReassessment initial={reminders} today={new Date().toISOString().slice(0, 10)} />
          </>
        }
      />
      {calibration && <CalibrationSection calibration={calibration} roles={roles} skills={skills} />}
    </div>
  );
}
