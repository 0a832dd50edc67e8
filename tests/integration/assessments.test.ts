import { describe, expect, test } from "vitest";
import { checkedAgainstSchema } from "../support/api-schema";
import { jsonRequest, noContext, params } from "../support/http";
import { createUser, signedIn, type TestUser } from "../support/users";
import { allSkillsAt, fillWithUnratedAssessments, recordAssessmentAt, WORKED_EXAMPLE } from "../support/assessments";
import { GET as listRouteUnchecked, POST as saveRouteUnchecked } from "@/app/api/v1/assessments/route";
import { GET as getRouteUnchecked } from "@/app/api/v1/assessments/[id]/route";
import { db } from "@/lib/db/client";
import { insertAssessment } from "@/lib/db/assessments";
import { newAssessment } from "@/lib/domain/assessment";
import { DEFAULT_FRAMEWORK } from "@/lib/domain/framework";
import { ACCOUNT_MAX_ASSESSMENTS } from "@/lib/schemas/assessment";
import { compareAssessments, saveAssessment } from "@/lib/services/assessments";

const saveRoute = checkedAgainstSchema("POST /assessments", saveRouteUnchecked);
const listRoute = checkedAgainstSchema("GET /assessments", listRouteUnchecked);
const getRoute = checkedAgainstSchema("GET /assessments/{id}", getRouteUnchecked);

/** The routes as a browser signed in as `user` (or signed out, with null) calls them. */
const session = async (user: TestUser | null) => (user ? (await signedIn(user)).headers : {});
const save = async (user: TestUser | null, body: unknown, headers: Record<string, string> = {}) =>
  saveRoute(jsonRequest("/api/v1/assessments", "POST", body, { ...(await session(user)), ...headers }), noContext);
const list = async (user: TestUser, query = "") =>
  listRoute(jsonRequest(`/api/v1/assessments${query}`, "GET", undefined, await session(user)), noContext);
const get = async (user: TestUser, id: string) =>
  getRoute(jsonRequest(`/api/v1/assessments/${id}`, "GET", undefined, await session(user)), params({ id }));

async function rowCounts() {
  const [assessments, ratings, readiness, keys] = await Promise.all([
    db.assessment.count(),
    db.rating.count(),
    db.roleReadiness.count(),
    db.idempotencyKey.count(),
  ]);
  return { assessments, ratings, readiness, keys };
}

describe("POST /api/v1/assessments", () => {
  test("saves the assessment, its ratings and its readiness per role, and answers 201 with FRAMEWORK.md's numbers", async () => {
    const user = await createUser();
    const response = await save(user, {
      ratings: [...WORKED_EXAMPLE, { skill: "eda", level: 0, note: "https://github.com/me/eda" }],
      note: "first",
    });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.readiness["data-scientist"]).toBeCloseTo(0.217, 4);
    expect(body.readiness["ml-engineer"]).toBeCloseTo(0.1092, 4);
    expect(body.readiness["ml-researcher"]).toBeCloseTo(0.2348, 4);
    expect(new Date(body.createdAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const stored = await db.assessment.findUniqueOrThrow({ where: { id: body.id }, include: { ratings: true, readiness: true } });
    expect(stored.userId).toBe(user.id);
    expect(stored.note).toBe("first");
    expect(stored.ratings).toHaveLength(4);
    expect(stored.ratings.find((r) => r.skillSlug === "eda")?.note).toBe("https://github.com/me/eda");
    expect(stored.readiness.map((r) => r.roleSlug).sort()).toEqual(["data-scientist", "ml-engineer", "ml-researcher"]);
  });

  test("a partial save is kept as sent; GET names the skills left unrated", async () => {
    const user = await createUser();
    const saved = await (await save(user, { ratings: WORKED_EXAMPLE })).json();
    const detail = await (await get(user, saved.id)).json();
    expect(detail.ratings).toHaveLength(WORKED_EXAMPLE.length);
    expect(detail.ratings.every((r: { byChoice: boolean }) => r.byChoice)).toBe(true);
    expect(detail.unratedSkills).toHaveLength(20 - WORKED_EXAMPLE.length);
    expect(detail.unratedSkills).not.toContain(WORKED_EXAMPLE[0]!.skill);
  });

  test("rateUnratedAsZero saves the rest as 0, recorded as not rated by choice, with the same readiness", async () => {
    const user = await createUser();
    const partial = await (await save(user, { ratings: WORKED_EXAMPLE })).json();
    const filled = await (await save(user, { ratings: WORKED_EXAMPLE, rateUnratedAsZero: true })).json();
    expect(filled.readiness).toEqual(partial.readiness);
    const detail = await (await get(user, filled.id)).json();
    expect(detail.ratings).toHaveLength(20);
    const defaulted = detail.ratings.filter((r: { byChoice: boolean }) => !r.byChoice);
    expect(defaulted).toHaveLength(20 - WORKED_EXAMPLE.length);
    expect(defaulted.every((r: { level: number }) => r.level === 0)).toBe(true);
    expect([...detail.unratedSkills].sort()).toEqual(defaulted.map((r: { skill: string }) => r.skill).sort());
  });

  test.each([
    ["an unknown skill", "ratings.0.skill", { ratings: [{ skill: "juggling", level: 3 }] }],
    [
      "a skill rated twice",
      "ratings.1.skill",
      {
        ratings: [
          { skill: "eda", level: 3 },
          { skill: "eda", level: 4 },
        ],
      },
    ],
    ["a level above 5", "ratings.0.level", { ratings: [{ skill: "eda", level: 6 }] }],
    ["a negative level", "ratings.0.level", { ratings: [{ skill: "eda", level: -1 }] }],
    ["a fractional level", "ratings.0.level", { ratings: [{ skill: "eda", level: 2.5 }] }],
    ["a level as text", "ratings.0.level", { ratings: [{ skill: "eda", level: "3" }] }],
    ["a note over 500 characters", "ratings.0.note", { ratings: [{ skill: "eda", level: 3, note: "n".repeat(501) }] }],
    ["an unknown field", "mood", { ratings: [], mood: "great" }],
    ["an unknown field in a rating", "ratings.0.confidence", { ratings: [{ skill: "eda", level: 3, confidence: 1 }] }],
    ["ratings missing", "ratings", {}],
    ["no ratings at all (and no rateUnratedAsZero)", "ratings", { ratings: [] }],
    ["a body that is not an object", "body", [1, 2, 3]],
  ] as const)("%s gets 400 naming %s and writes nothing", async (_case, field, body) => {
    const user = await createUser();
    const before = await rowCounts();
    const response = await save(user, body);
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.fields).toHaveProperty([field]);
    expect(await rowCounts()).toEqual(before);
  });

  test(`a save by hand into an account holding ${ACCOUNT_MAX_ASSESSMENTS.toLocaleString("en")} assessments is refused naming the limit, and writes nothing`, async () => {
    const user = await createUser();
    await fillWithUnratedAssessments(user.id, ACCOUNT_MAX_ASSESSMENTS - 1, `${user.id}-fill`);
    const last = await save(user, { ratings: WORKED_EXAMPLE }, { "idempotency-key": "the-last-place" });
    expect(last.status).toBe(201);
    const before = await rowCounts();
    const refused = await save(user, { ratings: WORKED_EXAMPLE });
    expect(refused.status).toBe(400);
    expect((await refused.json()).error).toMatchObject({
      code: "validation_failed",
      fields: { assessments: expect.stringMatching(/at most 10,000 assessments: yours has 10,000, so this one was not saved/i) },
    });
    expect(await rowCounts()).toEqual(before);
    expect(await db.assessment.count({ where: { userId: user.id } })).toBe(ACCOUNT_MAX_ASSESSMENTS);
    // The save that took the last place, retried, still answers with what it saved.
    const retried = await save(user, { ratings: WORKED_EXAMPLE }, { "idempotency-key": "the-last-place" });
    expect(retried.status).toBe(201);
    expect(retried.headers.get("idempotent-replayed")).toBe("true");
    expect(await rowCounts()).toEqual(before);
  });

  test("a retry with the same Idempotency-Key answers with the first save and writes nothing more", async () => {
    const user = await createUser();
    const key = "retry-key-0001";
    const first = await save(user, { ratings: WORKED_EXAMPLE }, { "idempotency-key": key });
    const before = await rowCounts();
    const [again, concurrent] = await Promise.all([
      save(user, { ratings: WORKED_EXAMPLE }, { "idempotency-key": key }),
      save(user, { ratings: WORKED_EXAMPLE }, { "idempotency-key": key }),
    ]);
    const firstBody = await first.json();
    for (const response of [again, concurrent]) {
      expect(response.status).toBe(201);
      expect(response.headers.get("idempotent-replayed")).toBe("true");
      expect((await response.json()).id).toBe(firstBody.id);
    }
    expect(await rowCounts()).toEqual(before);
    // Another key is another save.
    expect((await (await save(user, { ratings: WORKED_EXAMPLE }, { "idempotency-key": "retry-key-0002" })).json()).id).not.toBe(
      firstBody.id,
    );
  });

  test.each([
    ["too short", "short"],
    ["with a space", "has a space"],
  ])("an Idempotency-Key %s gets 400 naming the header and writes nothing", async (_case, key) => {
    const user = await createUser();
    const before = await rowCounts();
    const response = await save(user, { ratings: WORKED_EXAMPLE }, { "idempotency-key": key });
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toHaveProperty(["Idempotency-Key"]);
    expect(await rowCounts()).toEqual(before);
  });

  test("an Idempotency-Key is kept for 24 hours, then the same key saves anew", async () => {
    const user = await createUser();
    const day = 24 * 60 * 60 * 1000;
    const start = new Date("2026-01-01T00:00:00Z");
    const input = { ratings: WORKED_EXAMPLE.map(({ skill, level }) => ({ skill, level })) };
    const first = await saveAssessment(user, input, "day-key-0001", start);
    const within = await saveAssessment(user, input, "day-key-0001", new Date(start.getTime() + day - 1000));
    const after = await saveAssessment(user, input, "day-key-0001", new Date(start.getTime() + day + 1000));
    expect(within.assessment.id).toBe(first.assessment.id);
    expect(after.replayed).toBe(false);
    expect(after.assessment.id).not.toBe(first.assessment.id);
  });

  test("a failure midway through the save leaves no assessment, no ratings and no readiness rows", async () => {
    const user = await createUser();
    const before = await rowCounts();
    const assessment = newAssessment(DEFAULT_FRAMEWORK, user.id, WORKED_EXAMPLE);
    // The readiness rows are written last; one for a role that does not exist breaks its foreign key.
    const broken = { ...assessment, results: [...assessment.results, { ...assessment.results[0]!, role: "astronaut" }] };
    await expect(insertAssessment(broken)).rejects.toThrow();
    expect(await rowCounts()).toEqual(before);
  });

  test("signed out: 401 and nothing written", async () => {
    const before = await rowCounts();
    expect((await save(null, { ratings: WORKED_EXAMPLE })).status).toBe(401);
    expect(await rowCounts()).toEqual(before);
  });
});

describe("GET /api/v1/assessments", () => {
  test("pages newest first with a cursor, stable when a save lands between pages", async () => {
    const user = await createUser();
    const base = Date.parse("2026-03-01T00:00:00Z");
    for (let day = 0; day < 5; day++) await recordAssessmentAt(user.id, allSkillsAt(day % 6), new Date(base + day * 86_400_000));
    const firstResponse = await list(user, "?limit=2");
    const first = await firstResponse.json();
    expect(firstResponse.status, JSON.stringify(first)).toBe(200);
    expect(first.items.map((item: { createdAt: string }) => item.createdAt.slice(0, 10))).toEqual(["2026-03-05", "2026-03-04"]);
    // A new save arrives between pages: it goes on top and does not shift the next page.
    await recordAssessmentAt(user.id, allSkillsAt(5), new Date(base + 10 * 86_400_000));
    const second = await (await list(user, `?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.items.map((item: { createdAt: string }) => item.createdAt.slice(0, 10))).toEqual(["2026-03-03", "2026-03-02"]);
    const third = await (await list(user, `?limit=2&cursor=${second.nextCursor}`)).json();
    expect(third.items.map((item: { createdAt: string }) => item.createdAt.slice(0, 10))).toEqual(["2026-03-01"]);
    expect(third.nextCursor).toBeNull();
    // Every skill moved by one level between consecutive days; the oldest has nothing before it.
    expect(first.items[0].changedSkills).toBe(20);
    expect(third.items[0].changedSkills).toBeNull();
  });

  test.each([
    ["?limit=0", "limit"],
    ["?limit=101", "limit"],
    ["?limit=abc", "limit"],
    ["?cursor=bm9wZQ", "cursor"],
    ["?sort=asc", "sort"],
    // A well-formed cursor whose date the database cannot hold (was a 500).
    [`?cursor=${Buffer.from("+010000-01-01T00:00:00.000Z|x").toString("base64url")}`, "cursor"],
    // A parameter named like a property of every object (was refused without naming it).
    ["?constructor=1", "constructor"],
  ])("%s gets 400 naming %s", async (query, field) => {
    const response = await list(await createUser(), query);
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toHaveProperty([field]);
  });
});

describe("GET /api/v1/assessments/{id}", () => {
  test("returns one assessment with its ratings; another user's id is a 404", async () => {
    const owner = await createUser();
    const other = await createUser();
    const { id } = await recordAssessmentAt(owner.id, WORKED_EXAMPLE, new Date());
    const mine = await get(owner, id);
    expect(mine.status).toBe(200);
    expect((await mine.json()).ratings).toEqual(expect.arrayContaining([{ skill: "statistics", level: 4, note: null, byChoice: true }]));
    const theirs = await get(other, id);
    expect(theirs.status).toBe(404);
    expect(await theirs.json()).toEqual({ error: { code: "not_found", message: "Assessment not found." } });
    expect((await get(owner, "does-not-exist")).status).toBe(404);
  });
});

describe("comparing two assessments", () => {
  test("shows exactly the skills that moved, and each role's readiness change", async () => {
    const user = await createUser();
    const a = await recordAssessmentAt(user.id, WORKED_EXAMPLE, new Date("2026-01-01T00:00:00Z"));
    const b = await recordAssessmentAt(
      user.id,
      [...WORKED_EXAMPLE.filter((r) => r.skill !== "statistics"), { skill: "statistics", level: 2 }, { skill: "cloud", level: 4 }],
      new Date("2026-02-01T00:00:00Z"),
    );
    const comparison = await compareAssessments(user, b.id, a.id);
    expect(comparison.before.id).toBe(a.id);
    expect(comparison.changes).toEqual([
      { skill: "statistics", from: 4, to: 2 },
      // cloud was not rated the first time: it counted as 0, and says so.
      { skill: "cloud", from: null, to: 4 },
    ]);
    // MLE: cloud is core (w=3, T=4): +12 of 119; statistics 2 still meets its target of 2.
    expect(comparison.readinessChange["ml-engineer"]).toBeCloseTo(12 / 119, 10);
    await expect(compareAssessments(await createUser(), a.id, b.id)).rejects.toMatchObject({ status: 404 });
  });
});
