import { describe, expect, test } from "vitest";
import { checkedAgainstSchema } from "../support/api-schema";
import { jsonRequest, noContext } from "../support/http";
import { createUser, reloadUser, signedIn, type TestUser } from "../support/users";
import { allSkillsAt, recordAssessmentAt, recordAssessmentsAt, WORKED_EXAMPLE } from "../support/assessments";
import { GET as dashboardRouteUnchecked } from "@/app/api/v1/dashboard/route";
import { GET as progressRouteUnchecked } from "@/app/api/v1/progress/route";
import { PATCH as patchMeUnchecked } from "@/app/api/v1/me/route";
import { db } from "@/lib/db/client";
import { readinessSeries, storedReadinessSeries } from "@/lib/db/readiness";
import { downsampledPositions } from "@/lib/domain/downsample";
import { FRAMEWORK_VERSION } from "@/lib/domain/framework";
import { updateMe } from "@/lib/services/account";
import { getDashboard, getProgress } from "@/lib/services/dashboard";

const dashboardRoute = checkedAgainstSchema("GET /dashboard", dashboardRouteUnchecked);
const progressRoute = checkedAgainstSchema("GET /progress", progressRouteUnchecked);
const patchMe = checkedAgainstSchema("PATCH /me", patchMeUnchecked);

const session = async (user: TestUser | null) => (user ? (await signedIn(user)).headers : {});
/** The dashboard as the service returns it, in the JSON shape the route sends. */
const dashboard = async (user: TestUser) => JSON.parse(JSON.stringify(await getDashboard(await reloadUser(user))));
const progressRequest = async (user: TestUser | null, query: string) =>
  progressRoute(jsonRequest(`/api/v1/progress${query}`, "GET", undefined, await session(user)), noContext);
const DAY = 86_400_000;

/**
 * Stores one role's readiness series as given (ids, dates and values chosen by the test), straight into the two
 * tables the progress and trend reads scan: for series no save would produce, such as ties in dates or a long wave.
 */
async function storeReadinessSeries(userId: string, roleSlug: string, rows: readonly { id: string; createdAt: Date; readiness: number }[]) {
  await db.assessment.createMany({
    data: rows.map(({ id, createdAt }) => ({ id, userId, createdAt, frameworkVersion: FRAMEWORK_VERSION })),
  });
  await db.roleReadiness.createMany({
    data: rows.map(({ id, createdAt, readiness }) => ({
      assessmentId: id,
      roleSlug,
      userId,
      createdAt,
      readiness,
      weightedShortfall: 0,
      skillsMet: 0,
    })),
  });
}

describe("GET /api/v1/dashboard", () => {
  test("for FRAMEWORK.md's worked example: readiness, ranking, skills met and next best skills", async () => {
    const user = await createUser();
    await recordAssessmentAt(user.id, WORKED_EXAMPLE, new Date());
    const body = await dashboard(user);
    expect(body.roles.map((r: { slug: string }) => r.slug)).toEqual(["ml-researcher", "data-scientist", "ml-engineer"]);
    expect(body.roles.map((r: { readiness: number }) => Number((r.readiness * 100).toFixed(2)))).toEqual([23.48, 21.7, 10.92]);
    expect(body.roles.map((r: { rank: number }) => r.rank)).toEqual([1, 2, 3]);
    expect(body.roles[1]).toMatchObject({ slug: "data-scientist", skillsMet: 1, skillsTotal: 19 });
    expect(body.roles[1].nextBestSkill).toMatchObject({ skill: "data-visualization", name: "Data visualisation", level: 0, target: 4 });
    expect(body.roles[1].nextBestSkill.gain).toBeCloseTo(3 / 106, 10);
    // No target chosen yet: the best fit is suggested, and the charts follow it.
    expect(body.targetRole).toBeNull();
    expect(body.suggestedRole).toBe("ml-researcher");
    expect(body.focus.role).toBe("ml-researcher");
    expect(body.focus.skills.find((s: { skill: string }) => s.skill === "mathematics")).toMatchObject({
      level: 2,
      target: 5,
      weight: 3,
      weightedShortfall: 9,
    });
    // Programming (3) is core for all three roles, one level short of each target.
    expect(body.nextAcrossRoles).toMatchObject({ skill: "programming", roles: ["data-scientist", "ml-engineer", "ml-researcher"] });
    expect(body.trend).toEqual({ kind: "insufficient", reason: "too-few-assessments", points: 1 });
    expect(body.forecast).toEqual({ kind: "none", reason: "no-trend" });
    expect(body.stale).toBeNull();
  });

  test("with no assessment: an empty dashboard, not an error", async () => {
    const body = await dashboard(await createUser());
    expect(body).toMatchObject({ assessedAt: null, roles: [], suggestedRole: null, focus: null, nextAcrossRoles: null, stale: null });
  });

  test("a chosen target and goal drive the trend, the forecast and the on-track verdict", async () => {
    const user = await createUser();
    const now = Date.now();
    // Data Scientist readiness rises from all-1 to all-2 to all-3 over 60 days.
    for (const [daysAgo, level] of [
      [60, 1],
      [30, 2],
      [0, 3],
    ] as const)
      await recordAssessmentAt(user.id, allSkillsAt(level), new Date(now - daysAgo * DAY));
    await updateMe(user, { targetRole: "data-scientist", goalReadiness: 0.9, goalDate: "2099-01-01" });
    const body = await dashboard(user);
    expect(body.targetRole).toBe("data-scientist");
    expect(body.goal).toEqual({ readiness: 0.9, date: "2099-01-01" });
    expect(body.focus.role).toBe("data-scientist");
    expect(body.trend.kind).toBe("slope");
    expect(body.trend.pointsPer30Days).toBeGreaterThan(0);
    expect(body.forecast.kind).toBe("date");
    expect(body.onTrack).toBe(true);
  });

  test("ratings older than 90 days are flagged as stale", async () => {
    const user = await createUser();
    await recordAssessmentAt(user.id, WORKED_EXAMPLE, new Date(Date.now() - 100 * DAY));
    const body = await dashboard(user);
    expect(body.stale).toMatchObject({ days: 100, skills: ["programming", "statistics", "mathematics"] });
  });

  test("PATCH /me refuses an unknown target role and a bad goal, naming the field", async () => {
    const { headers } = await signedIn(await createUser());
    for (const [body, field] of [
      [{ targetRole: "astronaut" }, "targetRole"],
      [{ goalDate: "next year" }, "goalDate"],
      [{ goalDate: "2020-01-01" }, "goalDate"],
      [{ goalReadiness: 1.5 }, "goalReadiness"],
      [{ goalReadiness: "80%" }, "goalReadiness"],
    ] as const) {
      const response = await patchMe(jsonRequest("/api/v1/me", "PATCH", body, headers), noContext);
      expect(response.status).toBe(400);
      expect((await response.json()).error.fields).toHaveProperty([field]);
    }
  });

  test("signed out: 401", async () => {
    expect((await dashboardRoute(jsonRequest("/api/v1/dashboard", "GET"), noContext)).status).toBe(401);
    expect((await progressRequest(null, "?role=data-scientist")).status).toBe(401);
  });
});

describe("GET /api/v1/progress", () => {
  test("returns the stored readiness of each assessment, oldest first", async () => {
    const user = await createUser();
    const first = await recordAssessmentAt(user.id, allSkillsAt(0), new Date("2026-01-01T00:00:00Z"));
    const second = await recordAssessmentAt(user.id, WORKED_EXAMPLE, new Date("2026-02-01T00:00:00Z"));
    const response = await progressRequest(user, "?role=data-scientist");
    expect(response.status).toBe(200);
    const series = await response.json();
    expect(series.map((p: { assessmentId: string }) => p.assessmentId)).toEqual([first.id, second.id]);
    expect(series[0]).toMatchObject({ at: "2026-01-01T00:00:00.000Z", readiness: 0 });
    expect(series[1].readiness).toBeCloseTo(23 / 106, 10);
    // Another user sees only their own (empty) series.
    expect(await getProgress(await createUser(), { role: "data-scientist" })).toEqual([]);
  });

  test("an assessment saved later with an earlier date (an import) takes its place by date, with its own id and readiness", async () => {
    const user = await createUser();
    const february = await recordAssessmentAt(user.id, WORKED_EXAMPLE, new Date("2026-02-01T00:00:00Z"));
    const march = await recordAssessmentAt(user.id, allSkillsAt(5), new Date("2026-03-01T00:00:00Z"));
    const january = await recordAssessmentAt(user.id, allSkillsAt(0), new Date("2026-01-01T00:00:00Z"));
    const series = await (await progressRequest(user, "?role=data-scientist")).json();
    expect(series.map((p: { assessmentId: string; at: string }) => [p.assessmentId, p.at])).toEqual([
      [january.id, "2026-01-01T00:00:00.000Z"],
      [february.id, "2026-02-01T00:00:00.000Z"],
      [march.id, "2026-03-01T00:00:00.000Z"],
    ]);
    expect(series.map((p: { readiness: number }) => p.readiness)).toEqual([0, expect.closeTo(23 / 106, 10), 1]);
  });

  test("a long history is down-sampled to at most 200 points, keeping first, last and extremes", async () => {
    const user = await createUser();
    const start = Date.parse("2024-01-01T00:00:00Z");
    await recordAssessmentsAt(
      user.id,
      Array.from({ length: 450 }, (_, i) => ({ ratings: allSkillsAt(i === 300 ? 5 : (i % 3) + 1), createdAt: new Date(start + i * DAY) })),
    );
    const series = await getProgress(user, { role: "ml-engineer" });
    expect(series.length).toBeLessThanOrEqual(200);
    expect(series[0]?.at).toBe("2024-01-01T00:00:00.000Z");
    expect(series.at(-1)?.at).toBe(new Date(start + 449 * DAY).toISOString());
    expect(Math.max(...series.map((p) => p.readiness))).toBe(1);
  });

  test("a 1,000-point series keeps the first, the last and the extremes, in order, with their own values", async () => {
    const user = await createUser();
    const start = Date.parse("2023-01-01T00:00:00Z");
    // 1,000 readiness values: a slow wave with one spike up and one dip down.
    const values = Array.from({ length: 1000 }, (_, i) => (i === 421 ? 0.99 : i === 777 ? 0.01 : 0.5 + 0.3 * Math.sin(i / 37)));
    await storeReadinessSeries(
      user.id,
      "ml-engineer",
      values.map((readiness, i) => ({ id: `${user.id}-${i}`, createdAt: new Date(start + i * DAY), readiness })),
    );
    const series = (await getProgress(user, { role: "ml-engineer" })).map((p) => ({
      createdAt: new Date(p.at),
      readiness: p.readiness,
    }));
    expect(series.length).toBeLessThanOrEqual(200);
    expect(series.length).toBeGreaterThan(150);
    const days = series.map((point) => Math.round((point.createdAt.getTime() - start) / DAY));
    expect(days[0]).toBe(0);
    expect(days.at(-1)).toBe(999);
    expect(days).toContain(421);
    expect(days).toContain(777);
    expect(days).toEqual([...days].sort((a, b) => a - b));
    // Each kept point carries its own stored value.
    for (const point of series) expect(point.readiness).toBeCloseTo(values[Math.round((point.createdAt.getTime() - start) / DAY)]!, 12);
  });

  test("a long history's points are those of the straightforward read: every stored row in date order, the id breaking ties, down-sampled", async () => {
    const user = await createUser();
    const start = Date.parse("2022-06-01T00:00:00Z");
    // 700 assessments, every tenth sharing its date with the one before; ids sort against the insertion order,
    // and readiness repeats values, so ties in both dates and values are exercised.
    const rows = Array.from({ length: 700 }, (_, i) => ({
      id: `${user.id}-${String(999 - i).padStart(4, "0")}`,
      createdAt: new Date(start + (i - (i % 10 === 9 ? 1 : 0)) * DAY),
      readiness: Math.round(50 + 40 * Math.sin(i / 23) + ((i * 37) % 11)) / 100,
    }));
    await storeReadinessSeries(user.id, "ml-engineer", rows);
    const stored = await db.roleReadiness.findMany({
      where: { userId: user.id, roleSlug: "ml-engineer" },
      orderBy: [{ createdAt: "asc" }, { assessmentId: "asc" }],
      select: { assessmentId: true, createdAt: true, readiness: true },
    });
    const expected = downsampledPositions(
      stored.map((row) => row.readiness),
      200,
    ).map((position) => ({
      assessmentId: stored[position]!.assessmentId,
      at: stored[position]!.createdAt.toISOString(),
      readiness: stored[position]!.readiness,
    }));
    expect(expected.length).toBeGreaterThan(150);
    expect(await (await progressRequest(user, "?role=ml-engineer")).json()).toEqual(expected);
  });

  test("the dashboard's trend read and the progress read put assessments of the same date in the same order, by id", async () => {
    const user = await createUser();
    const at = new Date("2026-11-01T12:00:00Z");
    // Inserted against the order of their ids, each with its own readiness, so the latest point depends on the tie-break.
    await storeReadinessSeries(
      user.id,
      "ml-engineer",
      ["c", "a", "b"].map((suffix, i) => ({ id: `${user.id}-${suffix}`, createdAt: at, readiness: [0.3, 0.5, 0.4][i]! })),
    );
    const trendRead = await readinessSeries(user.id, "ml-engineer");
    const progressRead = await storedReadinessSeries(user.id, "ml-engineer");
    expect(trendRead.map((row) => row.assessmentId)).toEqual([`${user.id}-a`, `${user.id}-b`, `${user.id}-c`]);
    expect(progressRead.assessmentIds).toEqual(trendRead.map((row) => row.assessmentId));
    expect(progressRead.readiness).toEqual(trendRead.map((row) => row.readiness));
  });

  test.each([
    ["", "role"],
    ["?role=astronaut", "role"],
    ["?role=data-scientist&extra=1", "extra"],
  ])("%s gets 400 naming %s", async (query, field) => {
    const response = await progressRequest(await createUser(), query);
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toHaveProperty([field]);
  });
});

test("the route answers with the service's dashboard for the session's user", async () => {
  const user = await createUser();
  await recordAssessmentAt(user.id, WORKED_EXAMPLE, new Date());
  const response = await dashboardRoute(jsonRequest("/api/v1/dashboard", "GET", undefined, await session(user)), noContext);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual(await dashboard(user));
});
