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

// The catalogue follows from the framework alone, which loadFramework reads
// once per process: it is built once per framework, not on every page view
// (the dashboard, home and roles pages ask for it on each render). Frozen,
// since every caller shares it.
const catalogues = new WeakMap<Framework, RoleCatalogue>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const entry of Object.values(value)) deepFreeze(entry);
  }
  return value;
}

/** The public framework: roles, skills, targets and the rating scale. */
export async function listRoles(): Promise<RoleCatalogue> {
  const framework = await loadFramework();
  let catalogue = catalogues.get(framework);
  if (!catalogue) {
    catalogue = deepFreeze({
      version: framework.version,
      scale: [...RATING_SCALE],
      skills: framework.skills.map((skill) => ({ ...skill })),
      roles: framework.roles.map((role) => detail(framework, role)),
    });
    catalogues.set(framework, catalogue);
  }
  return catalogue;
}

export async function getRole(slug: string): Promise<RoleDetail> {
  const framework = await loadFramework();
  const role = findRole(framework, slug);
  if (!role) throw notFound("Role");
  return detail(framework, role);
}
