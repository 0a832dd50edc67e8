import { expect, test } from "vitest";
import { jsonRequest, params } from "../support/http";
import { checkedAgainstSchema } from "../support/api-schema";
import { GET as listSkillsHandler } from "@/app/api/v1/skills/route";
import { GET as getSkillHandler } from "@/app/api/v1/skills/[slug]/route";
import { DEFAULT_FRAMEWORK } from "@/lib/domain/framework";

const listSkills = checkedAgainstSchema("GET /skills", listSkillsHandler);
const getSkill = checkedAgainstSchema("GET /skills/{slug}", getSkillHandler);
const skillBySlug = (slug: string) => getSkill(jsonRequest(`/api/v1/skills/${slug}`, "GET"), params({ slug }));

test("GET /api/v1/skills lists every skill of the framework in catalogue order, without signing in", async () => {
  const response = await listSkills(jsonRequest("/api/v1/skills", "GET"), undefined);
  expect(response.status).toBe(200);
  const body = await response.json();
  expect(body.version).toBe(DEFAULT_FRAMEWORK.version);
  expect(body.skills.map((skill: { slug: string }) => skill.slug)).toEqual(DEFAULT_FRAMEWORK.skills.map((skill) => skill.slug));
});

test("GET /api/v1/skills/{slug}: levels, each role's target and weight from the framework with why, and resources", async () => {
  const response = await skillBySlug("containers");
  expect(response.status).toBe(200);
  const skill = await response.json();
  expect(skill).toMatchObject({
    slug: "containers",
    name: "Containers and orchestration (Docker, Kubernetes)",
    category: "Engineering and production",
  });
  expect(skill.description).toMatch(/Docker/);
  expect(skill.levels.map((entry: { label: string }) => entry.label)).toEqual([
    "None",
    "Awareness",
    "Beginner",
    "Competent",
    "Proficient",
    "Expert",
  ]);
  // FRAMEWORK.md: containers is 1/1 for DS, 4/2 for MLE, 0/1 for MLR.
  expect(skill.roles.map(({ slug, target, weight }: { slug: string; target: number; weight: number }) => [slug, target, weight])).toEqual([
    ["data-scientist", 1, 1],
    ["ml-engineer", 4, 2],
    ["ml-researcher", 0, 1],
  ]);
  expect(skill.roles[1].why).toMatch(/Kubernetes/);
  expect(skill.resources.length).toBeGreaterThanOrEqual(3);
  expect(skill.resources[0]).toEqual({
    title: expect.any(String),
    url: expect.stringMatching(/^https:\/\//),
    kind: expect.any(String),
    level: expect.any(Number),
  });
});

test("an unknown skill is a 404 in the error shape", async () => {
  const response = await skillBySlug("juggling");
  expect(response.status).toBe(404);
  expect(await response.json()).toEqual({ error: { code: "not_found", message: "Skill not found." } });
});
