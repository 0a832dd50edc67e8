import type { Metadata } from "next";
import { AssessmentForm } from "@/components/assess/assessment-form";
import { requirePageUser } from "@/lib/auth/session";
import { LEVELS } from "@/lib/domain/framework";
import { levelDescriptor } from "@/lib/domain/skill-guides";
import { getLatestAssessment } from "@/lib/services/assessments";
import { listRoles } from "@/lib/services/roles";

export const metadata: Metadata = { title: "Assess yourself" };

export default async function AssessPage() {
  const user = await requirePageUser("/assess");
  const [{ skills, roles }, latest] = await Promise.all([listRoles(), getLatestAssessment(user)]);
  const formSkills = skills.map((skill) => ({
    ...skill,
    neededBy: roles.flatMap((role) => {
      const target = role.skills.find((entry) => entry.slug === skill.slug)?.target ?? 0;
      // "ML Engineer": the three names fit one line on a phone.
      return target > 0 ? [{ role: role.name.replace("Machine Learning", "ML"), target }] : [];
    }),
    levels: LEVELS.map((level) => ({ level, descriptor: levelDescriptor(skill.slug, level) })),
  }));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Assess yourself</h1>
      <p className="max-w-3xl text-muted">
        Rate each skill honestly from 0 (None) to 5 (Expert); the chosen level&apos;s description for that skill shows under it. Every role
        reads the same ratings. Saving keeps this assessment for good; to change a rating later, save a new one.
        {latest && " The form starts from your latest assessment."}
      </p>
      <AssessmentForm skills={formSkills} userId={user.id} latest={latest?.ratings ?? []} />
    </div>
  );
}
