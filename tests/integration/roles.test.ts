import { describe, expect, test } from "vitest";
import { checkedAgainstSchema } from "../support/api-schema";
import { GET as getHealth } from "@/app/api/health/route";
import { GET as listRolesUnchecked } from "@/app/api/v1/roles/route";
import { GET as getRoleUnchecked } from "@/app/api/v1/roles/[slug]/route";
import { db, engine } from "@/lib/db/client";
import { seedFramework } from "@/lib/db/framework";

const listRoles = checkedAgainstSchema("GET /roles", listRolesUnchecked);
const getRole = checkedAgainstSchema("GET /roles/{slug}", getRoleUnchecked);

const request = (path: string) => new Request(`http://localhost${path}`);
const params = (slug: string) => ({ params: Promise.resolve({ slug }) });

async function tableCounts() {
  const [roles, skills, roleSkills, versions] = await Promise.all([
    db.role.count(),
    db.skill.count(),
    db.roleSkill.count(),
    db.frameworkVersion.count(),
  ]);
  return { roles, skills, roleSkills, versions };
}

describe("the framework seed", () => {
  test("writes 3 roles, 20 skills and 60 targets, and a second run changes nothing", async () => {
    const before = await tableCounts();
    expect(before).toEqual({ roles: 3, skills: 20, roleSkills: 60, versions: 1 });
    const snapshot = await db.roleSkill.findMany({ orderBy: [{ roleSlug: "asc" }, { skillSlug: "asc" }] });
    expect(await seedFramework()).toBe("present");
    expect(await tableCounts()).toEqual(before);
    expect(await db.roleSkill.findMany({ orderBy: [{ roleSlug: "asc" }, { skillSlug: "asc" }] })).toEqual(snapshot);
  });

  // SQLite only: PostgreSQL has no pragmas, and its durability and foreign keys are not settings.
  test.skipIf(engine !== "sqlite")("SQLite runs in WAL mode with foreign keys on", async () => {
    const [journal] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    const [keys] = await db.$queryRawUnsafe<{ foreign_keys: bigint | number }[]>("PRAGMA foreign_keys");
    const [busy] = await db.$queryRawUnsafe<{ timeout: bigint | number }[]>("PRAGMA busy_timeout");
    expect(journal?.journal_mode).toBe("wal");
    expect(Number(keys?.foreign_keys)).toBe(1);
    expect(Number(busy?.timeout)).toBe(5000);
  });
});

describe("GET /api/v1/roles", () => {
  test("returns the 3 roles, each with the 20 skills and their targets", async () => {
    const response = await listRoles(request("/api/v1/roles"), undefined);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.roles.map((role: { slug: string }) => role.slug)).toEqual(["data-scientist", "ml-engineer", "ml-researcher"]);
    expect(body.skills).toHaveLength(20);
    expect(body.scale).toHaveLength(6);
    for (const role of body.roles) expect(role.skills).toHaveLength(20);
    const engineer = body.roles[1];
    expect(engineer.skills.find((s: { slug: string }) => s.slug === "mlops")).toMatchObject({ target: 5, weight: 3 });
  });
});

describe("GET /api/v1/roles/{slug}", () => {
  test("returns one role with its responsibilities and targets", async () => {
    const response = await getRole(request("/api/v1/roles/ml-researcher"), params("ml-researcher"));
    expect(response.status).toBe(200);
    const role = await response.json();
    expect(role.name).toBe("Machine Learning Researcher");
    expect(role.responsibilities).toContain("Publishing research papers");
    expect(role.skills.find((s: { slug: string }) => s.slug === "publishing")).toMatchObject({ target: 4, weight: 2 });
  });

  test("answers 404 in the error shape for an unknown slug", async () => {
    const response = await getRole(request("/api/v1/roles/astronaut"), params("astronaut"));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "not_found", message: "Role not found." } });
  });
});

test("GET /api/health answers ok once the database answers", async () => {
  const response = await getHealth(request("/api/health"), undefined);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
});
