import { describe, expect, test } from "vitest";
import { DEFAULT_FRAMEWORK, RATING_SCALE } from "@/lib/domain/framework";
import { levelDescriptor, RESOURCE_KINDS, SKILL_GUIDES, skillGuide, stepResources } from "@/lib/domain/skill-guides";

test("one guide per skill of the framework, and none for a skill it does not have", () => {
  expect(SKILL_GUIDES.map((entry) => entry.skill).sort()).toEqual(DEFAULT_FRAMEWORK.skills.map((skill) => skill.slug).sort());
  expect(skillGuide("underwater-basket-weaving")).toBeUndefined();
});

describe.each(DEFAULT_FRAMEWORK.skills.map((skill) => [skill.slug, skillGuide(skill.slug)!] as const))("%s", (slug, guide) => {
  test("a description of a sentence or more", () => {
    expect(guide.description.length).toBeGreaterThan(80);
  });

  test("six levels 0-5 on the scale of FRAMEWORK.md, each with its own descriptor", () => {
    expect(guide.levels.map(({ level, label }) => [level, label])).toEqual(RATING_SCALE.map(({ level, name }) => [level, name]));
    const descriptors = guide.levels.map((entry) => entry.descriptor);
    expect(new Set(descriptors).size).toBe(6);
    for (const descriptor of descriptors) expect(descriptor.length).toBeGreaterThan(10);
    // Written for this skill, not the generic scale.
    expect(descriptors.some((descriptor, level) => descriptor !== RATING_SCALE[level]!.descriptor)).toBe(true);
  });

  test("why each of the three roles needs it", () => {
    expect(guide.roles.map((entry) => entry.role)).toEqual(DEFAULT_FRAMEWORK.roles.map((role) => role.slug));
    for (const { why } of guide.roles) expect(why.length).toBeGreaterThan(30);
  });

  test("at least three resources with well-formed https addresses, allowed kinds and levels 1-5", () => {
    expect(guide.resources.length).toBeGreaterThanOrEqual(3);
    for (const resource of guide.resources) {
      const url = new URL(resource.url);
      expect(url.protocol, resource.url).toBe("https:");
      expect(url.hostname, resource.url).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      expect(url.username + url.password, resource.url).toBe("");
      expect(resource.title.trim().length).toBeGreaterThan(3);
      expect(RESOURCE_KINDS).toContain(resource.kind);
      expect(Number.isInteger(resource.level) && resource.level >= 1 && resource.level <= 5, `${slug}: ${resource.title}`).toBe(true);
    }
    expect(new Set(guide.resources.map((resource) => resource.url)).size).toBe(guide.resources.length);
  });
});

test("no link shorteners or tracking parameters", () => {
  const shorteners = /^(bit\.ly|t\.co|goo\.gl|tinyurl\.com|ow\.ly|is\.gd|buff\.ly|amzn\.to)$/;
  for (const resource of SKILL_GUIDES.flatMap((entry) => entry.resources)) {
    const url = new URL(resource.url);
    expect(url.hostname, resource.url).not.toMatch(shorteners);
    expect(
      [...url.searchParams.keys()].filter((key) => /^(utm_|ref$|tag$|affiliate)/.test(key)),
      resource.url,
    ).toEqual([]);
  }
});

test("the form's descriptor for a level is the skill's own, and the scale's for a skill without a guide", () => {
  expect(levelDescriptor("containers", 3)).toBe(skillGuide("containers")!.levels[3]!.descriptor);
  expect(levelDescriptor("containers", 3)).toMatch(/Kubernetes/);
  expect(levelDescriptor("not-a-skill", 2)).toBe(RATING_SCALE[2]!.descriptor);
});

describe("a plan step's two resources", () => {
  test("those written for exactly the step's level come first", () => {
    // Statistics lists three resources for level 3 and one each for 1, 2 and 4.
    expect(stepResources("statistics", 3).map((resource) => resource.level)).toEqual([3, 3]);
    expect(stepResources("statistics", 2).map((resource) => resource.level)).toEqual([2, 1]);
  });

  test("a level with none written for it takes the nearest levels, the lower of two equally near first", () => {
    // Data visualisation lists nothing for level 1 (one resource for 2) and nothing for 5 (two for 4).
    expect(stepResources("data-visualization", 1).map((resource) => resource.level)).toEqual([2, 3]);
    expect(stepResources("data-visualization", 5).map((resource) => resource.level)).toEqual([4, 4]);
    expect(stepResources("juggling", 2)).toEqual([]);
  });

  test("every skill offers two for every step", () => {
    for (const skill of DEFAULT_FRAMEWORK.skills)
      for (const level of [1, 2, 3, 4, 5]) expect(stepResources(skill.slug, level)).toHaveLength(2);
  });
});
