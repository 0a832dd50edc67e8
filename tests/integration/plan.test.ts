import { afterEach, describe, expect, test } from "vitest";
import { noContext } from "../support/http";
import { createUser, reloadUser, testBrowser } from "../support/users";
import { recordAssessmentAt, WORKED_EXAMPLE } from "../support/assessments";
import { checkedAgainstSchema } from "../support/api-schema";
import { GET as getPlanHandler, PUT as putPlanHandler } from "@/app/api/v1/plan/route";
import { POST as celebratedHandler } from "@/app/api/v1/plan/celebrated/route";
import { POST as saveRoute } from "@/app/api/v1/assessments/route";
import { PATCH as patchMe } from "@/app/api/v1/me/route";
import { GET as exportRoute } from "@/app/api/v1/export/route";
import { POST as importRoute } from "@/app/api/v1/import/route";
import { db } from "@/lib/db/client";
import { getSkillStanding } from "@/lib/services/plan";
import { addWeeks } from "@/lib/domain/plan";
import { stepResources } from "@/lib/domain/skill-guides";
import { DAY_MS } from "@/lib/domain/time";

const browser = testBrowser();
const { signInAs, request } = browser;
afterEach(() => browser.signOut());

const getPlanRoute = checkedAgainstSchema("GET /plan", getPlanHandler);
const putPlanRoute = checkedAgainstSchema("PUT /plan", putPlanHandler);
const celebratedRoute = checkedAgainstSchema("POST /plan/celebrated", celebratedHandler);

const getPlan = async () => getPlanRoute(await request("/api/v1/plan", "GET"), noContext);
const putPlan = async (body: unknown) => putPlanRoute(await request("/api/v1/plan", "PUT", body), noContext);
const plan = async () => {
  const response = await getPlan();
  expect(response.status).toBe(200);
  return response.json();
};
const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

/** A user at FRAMEWORK.md's worked example (programming 3, statistics 4, mathematics 2), aiming at Data Scientist. */
async function workedExampleUser() {
  const user = await createUser();
  await signInAs(user);
  await recordAssessmentAt(user.id, WORKED_EXAMPLE, new Date(Date.now() - DAY_MS));
  await patchMe(await request("/api/v1/me", "PATCH", { targetRole: "data-scientist" }), noContext);
  return user;
}

test("signed out, the plan is a 401 and a PUT writes nothing", async () => {
  expect((await getPlan()).status).toBe(401);
  const response = await putPlan({ items: [{ skill: "eda", targetLevel: 2 }] });
  expect(response.status).toBe(401);
  expect(await db.planItem.count()).toBe(0);
});

test("a saved plan answers each item with the current level, met, and the readiness it would add to the target role", async () => {
  await workedExampleUser();
  const response = await putPlan({
    items: [
      { skill: "programming", targetLevel: 4, dueDate: inDays(30) },
      { skill: "mathematics", targetLevel: 5 },
      { skill: "data-visualization", targetLevel: 2, dueDate: null },
    ],
  });
  expect(response.status).toBe(200);
  const body = await plan();
  expect(body.role).toEqual({ slug: "data-scientist", name: "Data Scientist" });
  expect(
    body.items.map(({ skill, targetLevel, dueDate, currentLevel, met }: Record<string, unknown>) => [
      skill,
      targetLevel,
      dueDate,
      currentLevel,
      met,
    ]),
  ).toEqual([
    ["programming", 4, inDays(30), 3, false],
    ["mathematics", 5, null, 2, false],
    ["data-visualization", 2, null, 0, false],
  ]);
  // By hand from FRAMEWORK.md (DS sum(w*T) = 106): programming 3->4 at w=3; mathematics 2->3 (its DS target) at w=1; visualisation 0->2 at w=3.
  const gains = body.items.map((item: { readinessGain: number }) => item.readinessGain);
  expect(gains[0]).toBeCloseTo(3 / 106, 12);
  expect(gains[1]).toBeCloseTo(1 / 106, 12);
  expect(gains[2]).toBeCloseTo(6 / 106, 12);
});

describe("bad plans are a 400 naming the field, and write nothing", () => {
  test.each([
    [
      {
        items: Array.from({ length: 6 }, (_, i) => ({
          skill: ["eda", "cloud", "mlops", "containers", "monitoring", "publishing"][i],
          targetLevel: 2,
        })),
      },
      "items",
    ],
    [
      {
        items: [
          { skill: "eda", targetLevel: 2 },
          { skill: "cloud", targetLevel: 2 },
          { skill: "programming", targetLevel: 3 },
        ],
      },
      "items.2.targetLevel",
    ],
    [{ items: [{ skill: "eda", targetLevel: 6 }] }, "items.0.targetLevel"],
    [{ items: [{ skill: "eda", targetLevel: 0 }] }, "items.0.targetLevel"],
    [{ items: [{ skill: "eda", targetLevel: 2.5 }] }, "items.0.targetLevel"],
    [{ items: [{ skill: "eda", targetLevel: "3" }] }, "items.0.targetLevel"],
    [{ items: [{ skill: "eda", targetLevel: 3, dueDate: inDays(-3) }] }, "items.0.dueDate"],
    [{ items: [{ skill: "eda", targetLevel: 3, dueDate: "next week" }] }, "items.0.dueDate"],
    [{ items: [{ skill: "juggling", targetLevel: 3 }] }, "items.0.skill"],
    [
      {
        items: [
          { skill: "eda", targetLevel: 3 },
          { skill: "eda", targetLevel: 4 },
        ],
      },
      "items.1.skill",
    ],
    [{ items: [{ skill: "eda", targetLevel: 3, colour: "red" }] }, "items.0.colour"],
    [{ plan: [] }, "items"],
  ])("%j names %s", async (body, field) => {
    const user = await workedExampleUser();
    const response = await putPlan(body);
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("validation_failed");
    expect(Object.keys(error.fields)).toContain(field);
    expect(await db.planItem.count({ where: { userId: user.id } })).toBe(0);
  });

  test("a refused plan leaves the one before untouched", async () => {
    await workedExampleUser();
    await putPlan({ items: [{ skill: "eda", targetLevel: 3 }] });
    expect(
      (
        await putPlan({
          items: [
            { skill: "eda", targetLevel: 3 },
            { skill: "statistics", targetLevel: 4 },
          ],
        })
      ).status,
    ).toBe(400);
    expect((await plan()).items.map((item: { skill: string }) => item.skill)).toEqual(["eda"]);
  });
});

test("a new assessment that reaches a target marks the item met with that assessment, and the dashboard celebrates it once", async () => {
  await workedExampleUser();
  await putPlan({
    items: [
      { skill: "eda", targetLevel: 2 },
      { skill: "cloud", targetLevel: 3 },
    ],
  });
  const saved = await saveRoute(
    await request("/api/v1/assessments", "POST", {
      ratings: [...WORKED_EXAMPLE, { skill: "eda", level: 3 }, { skill: "cloud", level: 1 }],
    }),
    noContext,
  );
  const { id } = await saved.json();
  const [eda, cloud] = (await plan()).items;
  expect(eda).toMatchObject({ skill: "eda", currentLevel: 3, met: true, metAssessmentId: id, readinessGain: 0, celebrate: true });
  expect(cloud).toMatchObject({ skill: "cloud", currentLevel: 1, met: false, metAssessmentId: null, celebrate: false });

  expect((await celebratedRoute(await request("/api/v1/plan/celebrated", "POST", { skills: ["eda"] }), noContext)).status).toBe(204);
  expect((await plan()).items[0]).toMatchObject({ met: true, celebrate: false });

  // A later assessment that also reaches it does not move the mark; the met item can stay in a re-saved plan.
  await saveRoute(await request("/api/v1/assessments", "POST", { ratings: [{ skill: "eda", level: 4 }] }), noContext);
  expect((await plan()).items[0].metAssessmentId).toBe(id);
  const resaved = await putPlan({ items: [{ skill: "eda", targetLevel: 2 }] });
  expect(resaved.status).toBe(200);
  expect((await resaved.json()).items[0]).toMatchObject({ skill: "eda", met: true, metAssessmentId: id, celebrate: false });
});

test("another user's plan is never visible, and saving one's own never touches it", async () => {
  const owner = await workedExampleUser();
  await putPlan({ items: [{ skill: "cloud", targetLevel: 2 }] });
  const other = await createUser();
  await signInAs(other);
  expect((await plan()).items).toEqual([]);
  expect((await putPlan({ items: [{ skill: "eda", targetLevel: 1 }] })).status).toBe(200);
  expect((await plan()).items.map((item: { skill: string }) => item.skill)).toEqual(["eda"]);
  // Marking someone else's skill celebrated changes nothing of theirs.
  await celebratedRoute(await request("/api/v1/plan/celebrated", "POST", { skills: ["cloud"] }), noContext);
  await signInAs(owner);
  expect((await plan()).items).toEqual([expect.objectContaining({ skill: "cloud", targetLevel: 2, celebrate: false })]);
  expect(await db.planItem.findMany({ where: { userId: owner.id }, select: { celebratedAt: true } })).toEqual([{ celebratedAt: null }]);
});

test("the suggestion is the target role's next best skills one level up, due four weeks apart with resources, adopted in one PUT", async () => {
  await workedExampleUser();
  const { suggestion, items } = await plan();
  expect(items).toEqual([]);
  const today = new Date().toISOString().slice(0, 10);
  expect(
    suggestion.map(({ skill, targetLevel, currentLevel, dueDate }: Record<string, unknown>) => [skill, currentLevel, targetLevel, dueDate]),
  ).toEqual([
    ["data-visualization", 0, 1, addWeeks(today, 4)],
    ["ml-frameworks", 0, 1, addWeeks(today, 8)],
    ["business-domain", 0, 1, addWeeks(today, 12)],
  ]);
  expect(suggestion[0].resources).toEqual(stepResources("data-visualization", 1));
  expect(suggestion[0].resources).toHaveLength(2);
  const adopted = await putPlan({
    items: suggestion.map(({ skill, targetLevel }: { skill: string; targetLevel: number }) => ({ skill, targetLevel })),
  });
  expect(adopted.status).toBe(200);
  expect((await plan()).items).toHaveLength(3);
});

test("the plan travels in the export and comes back on import, with the assessment that met each item", async () => {
  await workedExampleUser();
  await putPlan({
    items: [
      { skill: "eda", targetLevel: 2 },
      { skill: "cloud", targetLevel: 3, dueDate: inDays(60) },
    ],
  });
  const saved = await saveRoute(await request("/api/v1/assessments", "POST", { ratings: [{ skill: "eda", level: 2 }] }), noContext);
  const { id } = await saved.json();
  const exported = await (await exportRoute(await request("/api/v1/export", "GET"), noContext)).json();
  expect(exported.plan).toEqual([
    { skill: "eda", targetLevel: 2, dueDate: null, metAssessmentId: id },
    { skill: "cloud", targetLevel: 3, dueDate: inDays(60), metAssessmentId: null },
  ]);

  // Someone else imports it: the assessments are theirs under new ids, so the met mark cannot point at the owner's.
  await signInAs(await createUser());
  const imported = await importRoute(await request("/api/v1/import", "POST", exported), noContext);
  expect(imported.status).toBe(200);
  const items = (await plan()).items;
  expect(items.map(({ skill, targetLevel, dueDate }: Record<string, unknown>) => [skill, targetLevel, dueDate])).toEqual([
    ["eda", 2, null],
    ["cloud", 3, inDays(60)],
  ]);
  expect(items[0].metAssessmentId).toBeNull();
  // The latest imported assessment (eda 2) still meets the eda item.
  expect(items[0].met).toBe(true);

  // An account that already has a plan keeps it.
  await putPlan({ items: [{ skill: "mlops", targetLevel: 1 }] });
  await importRoute(await request("/api/v1/import", "POST", { ...exported, assessments: [] }), noContext);
  expect((await plan()).items.map((item: { skill: string }) => item.skill)).toEqual(["mlops"]);
});

test("an import whose plan names an unknown skill or breaks the limits is refused whole", async () => {
  const user = await workedExampleUser();
  const exported = await (await exportRoute(await request("/api/v1/export", "GET"), noContext)).json();
  const before = await db.assessment.count({ where: { userId: user.id } });
  for (const [plan, field] of [
    [[{ skill: "juggling", targetLevel: 2 }], "plan.0.skill"],
    [[{ skill: "eda", targetLevel: 9 }], "plan.0.targetLevel"],
    [["eda", "cloud", "mlops", "containers", "monitoring", "publishing"].map((skill) => ({ skill, targetLevel: 2 })), "plan"],
  ] as const) {
    const response = await importRoute(
      await request("/api/v1/import", "POST", { ...exported, assessments: [{ ...exported.assessments[0], id: "fresh-id-1" }], plan }),
      noContext,
    );
    expect(response.status).toBe(400);
    expect(Object.keys((await response.json()).error.fields)).toContain(field);
  }
  expect(await db.assessment.count({ where: { userId: user.id } })).toBe(before);
  expect(await db.planItem.count({ where: { userId: user.id } })).toBe(0);
});

test("a skill's standing for its guide page: the user's level, the role's target, the next level to plan", async () => {
  const user = await reloadUser(await workedExampleUser());
  const now = new Date("2027-01-04T10:00:00Z");
  expect(await getSkillStanding(user, "programming", now)).toEqual({
    assessed: true,
    level: 3,
    role: { slug: "data-scientist", name: "Data Scientist", target: 4, chosen: true },
    step: { skill: "programming", targetLevel: 4, dueDate: "2027-02-01" },
  });
  // Unrated counts as 0; a skill the role does not need has target 0.
  expect(await getSkillStanding(user, "publishing", now)).toMatchObject({ level: 0, role: { target: 0 }, step: { targetLevel: 1 } });

  const newcomer = await createUser();
  expect(await getSkillStanding(newcomer, "programming", now)).toMatchObject({ assessed: false, level: 0, role: null });
});
