import type { Metadata } from "next";
import { SkillDetailView } from "@/components/skills/skill-detail-view";
import { orNotFound } from "@/lib/http/pages";
import { getSkill } from "@/lib/services/skills";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await orNotFound(getSkill((await params).slug))).name };
}

export default async function SkillPage({ params }: Props) {
  return <SkillDetailView skill={await orNotFound(getSkill((await params).slug))} />;
}
