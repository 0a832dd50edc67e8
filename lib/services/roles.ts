import "server-only";
import { loadFramework } from "@/lib/db/framework";
import { findRole, RATING_SCALE, type Framework, type Role } from "@/lib/domain/framework";
import { notFound } from "@/lib/domain/errors";
import type { RoleCatalogue, RoleDetail } from "@/lib/schemas/roles";

function detail(framework: Framework, role: Role): RoleDetail {
  const targets = new Map(role.skills.map((entry) => [entry.skill, entry]));
  return {
    ...role,
    responsibilities: [...role.responsibilities],
    skills: framework.skills.map((skill) => ({
      ...skill,
      target: targets.get(skill.slug)?.target ?? 0,
      weight: targets.get(skill.slug)?.weight ?? 1,
    })),
  };
}

/** The public framework: roles, skills, targets and the rating scale. */
export async function listRoles(): Promise<RoleCatalogue> {
  const framework = await loadFramework();
  return {
    version: framework.version,
    scale: [...RATING_SCALE],
    skills: [...framework.skills],
    roles: framework.roles.map((role) => detail(framework, role)),
  };
}

export async function getRole(slug: string): Promise<RoleDetail> {
  const framework = await loadFramework();
  const role = findRole(framework, slug);
  if (!role) throw notFound("Role");
  return detail(framework, role);
}
