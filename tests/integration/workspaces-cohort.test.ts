import { afterEach, beforeAll, describe, expect, test } from "vitest";
import { noContext, params } from "../support/http";
import { createUser, testBrowser, type TestUser } from "../support/users";
import { allSkillsAt, recordAssessmentAt, WORKED_EXAMPLE } from "../support/assessments";
import { insertAssessmentBatch } from "@/lib/db/assessments";
import { newAssessment } from "@/lib/domain/assessment";
import { DEFAULT_FRAMEWORK } from "@/lib/domain/framework";
import { checkedAgainstSchema } from "../support/api-schema";
import { POST as createUnchecked } from "@/app/api/v1/workspaces/route";
import { POST as inviteUnchecked } from "@/app/api/v1/workspaces/[id]/invitations/route";
import { PUT as sharingUnchecked } from "@/app/api/v1/workspaces/[id]/sharing/route";
import { DELETE as removeUnchecked } from "@/app/api/v1/workspaces/[id]/members/[userId]/route";
import { POST as acceptUnchecked } from "@/app/api/v1/invitations/[token]/accept/route";
import { GET as matrixUnchecked } from "@/app/api/v1/workspaces/[id]/matrix/route";
import { GET as csvUnchecked } from "@/app/api/v1/workspaces/[id]/matrix.csv/route";
import { GET as trendUnchecked } from "@/app/api/v1/workspaces/[id]/trend/route";
import { db } from "@/lib/db/client";
import { DAY_MS } from "@/lib/domain/time";

const createRoute = checkedAgainstSchema("POST /workspaces", createUnchecked);
const inviteRoute = checkedAgainstSchema("POST /workspaces/{id}/invitations", inviteUnchecked);
const sharingRoute = checkedAgainstSchema("PUT /workspaces/{id}/sharing", sharingUnchecked);
const removeRoute = checkedAgainstSchema("DELETE /workspaces/{id}/members/{userId}", removeUnchecked);
const acceptRoute = checkedAgainstSchema("POST /invitations/{token}/accept", acceptUnchecked);
const matrixRoute = checkedAgainstSchema("GET /workspaces/{id}/matrix", matrixUnchecked);
const csvRoute = checkedAgainstSchema("GET /workspaces/{id}/matrix.csv", csvUnchecked);
const trendRoute = checkedAgainstSchema("GET /workspaces/{id}/trend", trendUnchecked);

/** Many users' assessments in one transaction, each prepared as a save prepares it. */
function recordAssessmentsBatch(entries: { userId: string; ratings: ReturnType<typeof allSkillsAt>; createdAt: Date }[]) {
  return insertAssessmentBatch(
    entries.map(({ userId, ratings, createdAt }, i) => ({
      ...newAssessment(DEFAULT_FRAMEWORK, userId, ratings, { createdAt }),
      id: `batch-${userId}-${i}`,
    })),
  );
}

const browser = testBrowser();
const { request } = browser;
afterEach(() => browser.signOut());
const as = (user: TestUser) => browser.signInAs(user);

const matrix = (id: string, role = "data-scientist") =>
  matrixRoute(request(`/api/v1/workspaces/${id}/matrix?role=${role}`, "GET"), params({ id }));
const csv = (id: string, role = "data-scientist") =>
  csvRoute(request(`/api/v1/workspaces/${id}/matrix.csv?role=${role}`, "GET"), params({ id }));
const trend = (id: string, role = "data-scientist") =>
  trendRoute(request(`/api/v1/workspaces/${id}/trend?role=${role}`, "GET"), params({ id }));
const setSharing = (id: string, sharing: string) =>
  sharingRoute(request(`/api/v1/workspaces/${id}/sharing`, "PUT", { sharing }), params({ id }));

interface Row {
  userId: string;
  name: string;
  sharing: string;
  readiness: number | null;
  assessedAt: string | null;
  levels: Record<string, number> | null;
}

async function join(inviter: TestUser, workspaceId: string, name: string, sharing: string, role: "member" | "coach" = "member") {
  await as(inviter);
  const { url } = await (
    await inviteRoute(
      request(`/api/v1/workspaces/${workspaceId}/invitations`, "POST", { role, expiresInDays: 7 }),
      params({ id: workspaceId }),
    )
  ).json();
  const user = await createUser(name);
  await as(user);
  const token = url.replace("/join/", "");
  expect((await acceptRoute(request(`/api/v1/invitations/${token}/accept`, "POST", { sharing }), params({ token }))).status).toBe(201);
  return user;
}

/**
 * A workspace of minimum group size 3: an owner and a coach who share nothing;
 * Ada (levels, the worked example, with a note), Ben (levels, every skill at 4),
 * Cy (readiness only, every skill at 2), Dee (nothing, every skill at 5) and
 * Eve (levels, never assessed).
 */
let owner: TestUser;
let coach: TestUser;
let ada: TestUser, ben: TestUser, cy: TestUser, dee: TestUser;
let workspaceId: string;
const yesterday = new Date(Date.now() - DAY_MS);

beforeAll(async () => {
  owner = await createUser("Olive Owner");
  await as(owner);
  workspaceId = (await (await createRoute(request("/api/v1/workspaces", "POST", { name: "Cohort", minGroupSize: 3 }), noContext)).json())
    .id;
  coach = await join(owner, workspaceId, "Coach Carter", "none", "coach");
  ada = await join(owner, workspaceId, "Ada", "levels");
  ben = await join(owner, workspaceId, '=HYPERLINK("http://evil.example")', "levels");
  cy = await join(owner, workspaceId, "Cy", "readiness");
  dee = await join(owner, workspaceId, "Dee", "none");
  await join(owner, workspaceId, "Eve", "levels");
  await recordAssessmentAt(ada.id, allSkillsAt(1), new Date(Date.now() - 60 * DAY_MS));
  await recordAssessmentAt(
    ada.id,
    [...WORKED_EXAMPLE.slice(1), { skill: "programming", level: 3, note: "Secret evidence note" }],
    yesterday,
  );
  await recordAssessmentAt(ben.id, allSkillsAt(4), yesterday);
  await recordAssessmentAt(cy.id, allSkillsAt(2), yesterday);
  await recordAssessmentAt(dee.id, allSkillsAt(5), yesterday);
  // Every member's mentor rates every skill at 2 (Dee's too: she shares nothing, so it must count nowhere).
  for (const user of [ada, ben, cy, dee]) {
    await db.review.create({
      data: {
        userId: user.id,
        reviewerName: "Mentor",
        expiresAt: yesterday,
        answeredAt: yesterday,
        ratings: { create: allSkillsAt(2).map(({ skill, level }) => ({ skillSlug: skill, level, note: "Mentor's private note" })) },
      },
    });
  }
});

async function storedReadiness(user: TestUser, role = "data-scientist") {
  const row = await db.roleReadiness.findFirstOrThrow({ where: { userId: user.id, roleSlug: role }, orderBy: { createdAt: "desc" } });
  return row.readiness;
}

describe("GET /api/v1/workspaces/{id}/matrix", () => {
  test("the coach sees each member as far as they share: levels, readiness only, or a count", async () => {
    await as(coach);
    const response = await matrix(workspaceId);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.counts).toEqual({ members: 7, sharingNone: 3, sharingReadiness: 1, sharingLevels: 3 });
    const rows = body.rows as Row[];
    expect(rows.map((row) => row.name).sort()).toEqual(['=HYPERLINK("http://evil.example")', "Ada", "Cy", "Eve"].sort());
    const byName = new Map(rows.map((row) => [row.name, row]));
    // Ada's latest assessment (the worked example: 21.70% for Data Scientist), not her older one.
    expect(byName.get("Ada")!.readiness).toBeCloseTo(0.217, 3);
    expect(byName.get("Ada")!.levels).toMatchObject({ programming: 3, statistics: 4, mathematics: 2, eda: 0 });
    expect(Object.keys(byName.get("Ada")!.levels!)).not.toContain("publishing");
    expect(byName.get("Cy")).toMatchObject({ sharing: "readiness", levels: null, readiness: await storedReadiness(cy) });
    expect(byName.get("Eve")).toMatchObject({ sharing: "levels", readiness: null, assessedAt: null, levels: null });
    const text = JSON.stringify(body);
    expect(text).not.toContain("Secret evidence note");
    expect(text).not.toContain("Mentor's private note");
    expect(text).not.toContain(dee.id);
    expect(text).not.toContain("Dee");
    expect(text).not.toContain(ada.email);
    expect(body.skills.map((skill: { skill: string }) => skill.skill)).not.toContain("publishing");
    expect(body.skills[0]).toEqual({ skill: "programming", name: "Programming in Python or R", target: 4, weight: 3 });
  });

  test("aggregates: readiness over 3 sharers shows (minGroupSize); levels over 2 is withheld with the reason (minGroupSize - 1)", async () => {
    await as(owner);
    const { aggregates } = await (await matrix(workspaceId)).json();
    expect(aggregates.levels).toEqual({ n: 2, reason: expect.stringContaining("Figures appear from 3") });
    expect(aggregates.secondOpinions).toEqual({
      n: 2,
      reason: expect.stringContaining("2 members share their levels and have an answered mentor review"),
    });
    const values = [await storedReadiness(ada), await storedReadiness(ben), await storedReadiness(cy)].sort();
    expect(aggregates.readiness.n).toBe(3);
    expect(aggregates.readiness.median).toBeCloseTo(values[1]!, 10);
    expect(aggregates.readiness.distribution.reduce((sum: number, count: number) => sum + count, 0)).toBe(3);
  });

  test("a member raising their sharing shows on the coach's next load, and lifts the levels above the group size", async () => {
    await as(cy);
    expect((await setSharing(workspaceId, "levels")).status).toBe(200);
    await as(coach);
    const { rows, aggregates } = await (await matrix(workspaceId)).json();
    expect((rows as Row[]).find((row) => row.name === "Cy")!.levels).toMatchObject({ programming: 2 });
    expect(aggregates.levels.n).toBe(3);
    // Own levels beside the mentors' (every skill at 2): programming 3-2, 4-2, 2-2.
    expect(aggregates.secondOpinions).toMatchObject({ n: 3, readiness: { reviewer: expect.closeTo(61 / 106, 10) } });
    expect(aggregates.secondOpinions.skills[0]).toEqual({ skill: "programming", medianDifference: 1 });
    // Programming, target 4: Ada 3, Ben 4, Cy 2.
    expect(aggregates.levels.skills[0]).toEqual({
      skill: "programming",
      met: 1,
      coverage: 1 / 3,
      distribution: [0, 0, 1, 1, 1, 0],
      median: 3,
    });

    // Lowering it again: the very next request withholds once more.
    await as(cy);
    expect((await setSharing(workspaceId, "none")).status).toBe(200);
    await as(coach);
    const after = await (await matrix(workspaceId)).json();
    expect((after.rows as Row[]).map((row) => row.name)).not.toContain("Cy");
    expect(after.aggregates.levels).toHaveProperty("reason");
    expect(after.aggregates.readiness).toEqual({ n: 2, reason: expect.stringContaining("2 members share at least their readiness") });
    await as(cy);
    await setSharing(workspaceId, "readiness");
  });

  test("readiness is the row stored at save, not recomputed", async () => {
    const stored = await db.roleReadiness.findFirstOrThrow({ where: { userId: ben.id, roleSlug: "ml-engineer" } });
    await db.roleReadiness.update({
      where: { assessmentId_roleSlug: { assessmentId: stored.assessmentId, roleSlug: "ml-engineer" } },
      data: { readiness: 0.123 },
    });
    await as(coach);
    const { rows } = await (await matrix(workspaceId, "ml-engineer")).json();
    expect((rows as Row[]).find((row) => row.userId === ben.id)!.readiness).toBe(0.123);
  });

  test("a member gets 403, a non-member and an unknown workspace 404, an unknown role 400 naming role", async () => {
    await as(ada);
    expect((await matrix(workspaceId)).status).toBe(403);
    expect((await csv(workspaceId)).status).toBe(403);
    expect((await trend(workspaceId)).status).toBe(403);
    await as(await createUser("Outsider"));
    for (const response of [await matrix(workspaceId), await csv(workspaceId), await trend(workspaceId), await matrix("nope")]) {
      expect(response.status).toBe(404);
    }
    await as(coach);
    const bad = await matrix(workspaceId, "astronaut");
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).error.fields)).toEqual(["role"]);
  });

  test("a removed member and one who left are gone from the coach's next load", async () => {
    const leaver = await join(owner, workspaceId, "Leaver", "levels");
    const removed = await join(owner, workspaceId, "Removed", "levels");
    await as(coach);
    expect(((await (await matrix(workspaceId)).json()).rows as Row[]).map((row) => row.name)).toEqual(
      expect.arrayContaining(["Leaver", "Removed"]),
    );
    await as(leaver);
    expect(
      (await removeRoute(request(`/api/v1/workspaces/${workspaceId}/members/me`, "DELETE"), params({ id: workspaceId, userId: "me" })))
        .status,
    ).toBe(204);
    await as(coach);
    expect(
      (
        await removeRoute(
          request(`/api/v1/workspaces/${workspaceId}/members/${removed.id}`, "DELETE"),
          params({ id: workspaceId, userId: removed.id }),
        )
      ).status,
    ).toBe(204);
    const names = ((await (await matrix(workspaceId)).json()).rows as Row[]).map((row) => row.name);
    expect(names).not.toContain("Leaver");
    expect(names).not.toContain("Removed");
  });
});

test("a cohort of 700 sharing members, more than one statement's worth of parameters, is read whole", async () => {
  await as(owner);
  const { id } = await (await createRoute(request("/api/v1/workspaces", "POST", { name: "Large" }), noContext)).json();
  const users = Array.from({ length: 700 }, (_, i) => ({
    id: `large-${id}-${i}`,
    email: `large-${i}-${id}@example.test`,
    name: `Member ${i}`,
  }));
  await db.user.createMany({ data: users });
  await db.workspaceMembership.createMany({
    data: users.map((user) => ({ workspaceId: id, userId: user.id, role: "member", sharing: "levels" })),
  });
  await recordAssessmentsBatch(users.map((user, i) => ({ userId: user.id, ratings: allSkillsAt(i % 6), createdAt: yesterday })));
  const body = await (await matrix(id)).json();
  expect(body.rows).toHaveLength(700);
  expect(body.aggregates.levels.n).toBe(700);
  // Levels 0-5 in turn: 117 members at each of 0 to 3 and 116 at 4 and 5.
  expect(body.aggregates.levels.skills[0].distribution).toEqual([117, 117, 117, 117, 116, 116]);
  const trendBody = await (await trend(id)).json();
  expect(trendBody.weeks.at(-1).n).toBe(700);
});

describe("GET /api/v1/workspaces/{id}/matrix.csv", () => {
  test("the same rows as CSV, a formula-like name neutralised, nothing of the member who shares nothing", async () => {
    await as(coach);
    const response = await csv(workspaceId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(response.headers.get("content-disposition")).toMatch(
      /attachment; filename="skillgap-cohort-data-scientist-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const lines = (await response.text()).trim().split("\r\n");
    expect(lines[0]).toBe(
      "member,sharing,target_role,last_assessed,readiness_data-scientist,programming,statistics,mathematics,data-visualization,eda,feature-engineering,ml-frameworks,model-building,ml-theory,research-methods,algorithm-design,software-engineering,cloud,mlops,containers,api-development,linux-production,monitoring,business-domain",
    );
    const ada = lines.find((line) => line.startsWith("Ada,"))!;
    expect(ada).toMatch(/^Ada,levels,,\d{4}-\d{2}-\d{2}T[^,]+,21\.7,3,4,2,0,/);
    expect(lines.find((line) => line.startsWith("Cy,"))).toMatch(/^Cy,readiness,,[^,]+,[\d.]+,{19}$/);
    expect(lines.some((line) => line.startsWith(`"'=HYPERLINK(""http://evil.example"")",levels`))).toBe(true);
    expect(lines.join("\n")).not.toContain("Dee");
    expect(lines).toHaveLength(1 + 4);
  });
});

describe("GET /api/v1/workspaces/{id}/trend", () => {
  test("26 weekly medians of the stored readiness, each week withheld while fewer than 3 sharing members had assessed", async () => {
    await as(coach);
    const response = await trend(workspaceId);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ role: "data-scientist", minGroupSize: 3 });
    expect(body.weeks).toHaveLength(26);
    const last = body.weeks.at(-1);
    // Ada, Ben and Cy share and have assessed; Dee's figures never count.
    expect(last.n).toBe(3);
    const values = [await storedReadiness(ada), await storedReadiness(ben), await storedReadiness(cy)].sort();
    expect(last.median).toBeCloseTo(values[1]!, 10);
    // Eight weeks ago only Ada had assessed (her first one, 60 days back): withheld.
    const eightWeeksAgo = body.weeks.at(-9);
    expect(eightWeeksAgo).toMatchObject({ n: 1, median: null });
    expect(body.weeks[0]).toMatchObject({ n: 0, median: null });
  });
});
