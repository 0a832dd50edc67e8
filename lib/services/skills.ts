import "server-only";
import { loadFramework } from "@/lib/db/framework";
import { notFound } from "@/lib/domain/errors";
import { describeSkill, type SkillDetail } from "@/lib/domain/skill-guides";

/** Every skill with its levels, why each role needs it and where to learn it (public). */
export async function listSkills(): Promise<{ version: string; skills: SkillDetail[] }> {
  const framework = await loadFramework();
  return { version: framework.version, skills: framework.skills.map((skill) => describeSkill(framework, skill.slug)!) };
}

export async function getSkill(slug: string): Promise<SkillDetail> {
  const detail = describeSkill(await loadFramework(), slug);
  if (!detail) throw notFound("Skill");
  return detail;
}
