import type { Framework, Role, SkillCategory } from "@/lib/domain/framework";
import { DEFAULT_FRAMEWORK } from "@/lib/domain/framework";
import { db } from "./client";

const SEED_ATTEMPTS = 5;

/**
 * Writes the default framework once. A database that already holds this
 * framework version is left alone, so running it on every start changes
 * nothing and later edits to the rows survive restarts. Servers starting
 * together may both try: the loser's transaction is refused (a unique key on
 * PostgreSQL, a busy database on SQLite) and changes nothing, and it looks
 * again until the winner's rows are there.
 */
export async function seedFramework(framework: Framework = DEFAULT_FRAMEWORK): Promise<"seeded" | "present"> {
  for (let attempt = 1; ; attempt++) {
    if (await hasFrameworkVersion(framework.version)) return "present";
    try {
      await writeFramework(framework);
      return "seeded";
    } catch (error) {
      if (attempt === SEED_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

async function hasFrameworkVersion(version: string): Promise<boolean> {
  return (await db.frameworkVersion.findUnique({ where: { version }, select: { version: true } })) !== null;
}

async function writeFramework(framework: Framework): Promise<void> {
  await db.$transaction([
    ...framework.skills.map((skill, position) =>
      db.skill.upsert({
        where: { slug: skill.slug },
        create: { ...skill, position },
        update: { name: skill.name, category: skill.category, position },
      }),
    ),
    ...framework.roles.map(({ skills: _targets, responsibilities, ...role }, position) => {
      const data = { ...role, position, responsibilities: JSON.stringify(responsibilities) };
      return db.role.upsert({ where: { slug: role.slug }, create: data, update: data });
    }),
    ...framework.roles.flatMap((role) =>
      role.skills.map(({ skill, target, weight }) =>
        db.roleSkill.upsert({
          where: { roleSlug_skillSlug: { roleSlug: role.slug, skillSlug: skill } },
          create: { roleSlug: role.slug, skillSlug: skill, target, weight },
          update: { target, weight },
        }),
      ),
    ),
    db.frameworkVersion.create({ data: { version: framework.version } }),
  ]);
}

async function readFramework(): Promise<Framework> {
  const [version, skills, roles] = await Promise.all([
    db.frameworkVersion.findFirst({ orderBy: { createdAt: "desc" }, select: { version: true } }),
    db.skill.findMany({ orderBy: { position: "asc" }, select: { slug: true, name: true, category: true } }),
    db.role.findMany({
      orderBy: { position: "asc" },
      select: {
        slug: true,
        name: true,
        focus: true,
        employers: true,
        mathLevel: true,
        programmingLevel: true,
        deploymentLevel: true,
        responsibilities: true,
        skills: { select: { skillSlug: true, target: true, weight: true } },
      },
    }),
  ]);
  if (!version) throw new Error("The role framework has not been seeded: run `npm run db:prepare`.");
  const position = new Map(skills.map((skill, index) => [skill.slug, index]));
  return {
    version: version.version,
    skills: skills.map((skill) => ({ ...skill, category: skill.category as SkillCategory })),
    roles: roles.map(({ skills: targets, responsibilities, ...role }): Role => ({
      ...role,
      responsibilities: JSON.parse(responsibilities) as string[],
      skills: targets
        .map(({ skillSlug, target, weight }) => ({ skill: skillSlug, target, weight }))
        .sort((a, b) => position.get(a.skill)! - position.get(b.skill)!),
    })),
  };
}

/** Every framework version this database has been seeded with, the current one included. */
export async function knownFrameworkVersions(): Promise<Set<string>> {
  const rows = await db.frameworkVersion.findMany({ select: { version: true } });
  return new Set(rows.map((row) => row.version));
}

let cached: Promise<Framework> | undefined;

/** The framework in force. It changes only by a new seed, so each process reads it once. */
export function loadFramework(): Promise<Framework> {
  cached ??= readFramework().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}
