import type { Metadata } from "next";
import { SkillDetailView } from "@/components/skills/skill-detail-view";
import { YourStanding } from "@/components/skills/your-standing";
import { currentUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/http/pages";
import { getSkill } from "@/lib/services/skills";
import { getPlan, getSkillStanding } from "@/lib/services/plan";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await orNotFound(getSkill((await params).slug))).name };
}

export default async function SkillPage({ params }: Props) {
  const { slug } = await params;
  const [skill, user] = await Promise.all([orNotFound(getSkill(slug)), currentUser()]);
  if (!user) return <SkillDetailView skill={skill} />;
  const [standing, plan] = await Promise.all([getSkillStanding(user, slug), getPlan(user)]);
  return (
    <SkillDetailView
      skill={skill}
      standing={<YourStanding skill={slug} standing={standing} initialPlan={plan} />}
      resourcesFrom={standing.assessed ? standing.level + 1 : 1}
    />
  );
}
