import { afterEach, describe, expect, test } from "vitest";
import { noContext, params } from "../support/http";
import { createUser, GOOD_PASSWORD, newClientAddress, testBrowser } from "../support/users";
import { recordAssessmentAt, WORKED_EXAMPLE } from "../support/assessments";
import { checkedAgainstSchema } from "../support/api-schema";
import { GET as listRouteUnchecked, POST as createRouteUnchecked } from "@/app/api/v1/reviews/route";
import { DELETE as revokeRouteUnchecked, GET as calibrationRouteUnchecked } from "@/app/api/v1/reviews/[id]/route";
import { POST as respondRouteUnchecked } from "@/app/api/v1/reviews/[id]/response/route";
import { DELETE as deleteMeUnchecked } from "@/app/api/v1/me/route";
import { GET as exportRouteUnchecked } from "@/app/api/v1/export/route";
import { POST as importRouteUnchecked } from "@/app/api/v1/import/route";
import { POST as createShareRouteUnchecked } from "@/app/api/v1/shares/route";
import { db } from "@/lib/db/client";
import { DAY_MS as DAY } from "@/lib/domain/time";
import { DEFAULT_FRAMEWORK } from "@/lib/domain/framework";
import { hashLinkToken } from "@/lib/services/link-tokens";
import { signUp } from "@/lib/services/sign-up";

const createRoute = checkedAgainstSchema("POST /reviews", createRouteUnchecked);
const listRoute = checkedAgainstSchema("GET /reviews", listRouteUnchecked);
const calibrationRoute = checkedAgainstSchema("GET /reviews/{id}", calibrationRouteUnchecked);
const revokeRoute = checkedAgainstSchema("DELETE /reviews/{id}", revokeRouteUnchecked);
const respondRoute = checkedAgainstSchema("POST /reviews/{id}/response", respondRouteUnchecked);
const deleteMe = checkedAgainstSchema("DELETE /me", deleteMeUnchecked);
const exportRoute = checkedAgainstSchema("GET /export", exportRouteUnchecked);
const importRoute = checkedAgainstSchema("POST /import", importRouteUnchecked);
const createShareRoute = checkedAgainstSchema("POST /shares", createShareRouteUnchecked);

const browser = testBrowser();
const { signInAs, request: jsonRequest } = browser;
afterEach(() => browser.signOut());
const create = (body: unknown) => createRoute(jsonRequest("/api/v1/reviews", "POST", body), noContext);
const list = async () => (await listRoute(jsonRequest("/api/v1/reviews", "GET"), noContext)).json();
const calibration = (id: string) => calibrationRoute(jsonRequest(`/api/v1/reviews/${id}`, "GET"), params({ id }));
const revoke = (id: string) => revokeRoute(jsonRequest(`/api/v1/reviews/${id}`, "DELETE"), params({ id }));
const respond = (token: string, body: unknown) =>
  respondRoute(jsonRequest(`/api/v1/reviews/${token}/response`, "POST", body), params({ id: token }));
const tokenOf = (url: string) => url.replace(/^\/review\//, "");

/** The reviewer's view: programming 2, statistics 4, mathematics 3, EDA 2, every other skill 0. */
const REVIEWER_LEVELS: Record<string, number> = { programming: 2, statistics: 4, mathematics: 3, eda: 2 };
const reviewerRatings = () =>
  DEFAULT_FRAMEWORK.skills.map((skill) => ({
    skill: skill.slug,
    level: REVIEWER_LEVELS[skill.slug] ?? 0,
    ...(skill.slug === "eda" ? { note: "Saw their notebooks" } : {}),
  }));

async function ownerWithInvitation(name = "Ada Lovelace") {
  const user = await createUser(name);
  await recordAssessmentAt(user.id, WORKED_EXAMPLE, new Date(Date.now() - 2 * DAY));
  await signInAs(user);
  const response = await create({ reviewerName: "Grace", expiresInDays: 7 });
  expect(response.status).toBe(201);
  const body = (await response.json()) as { id: string; url: string };
  return { user, id: body.id, token: tokenOf(body.url) };
}

describe("POST /api/v1/reviews", () => {
  test("answers 201 with a single-use /review/ link (only its hash stored), 14 days by default", async () => {
    const { id, token } = await ownerWithInvitation();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await db.review.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).toBe(hashLinkToken(token));
    const byDefault = await (await create({ reviewerName: "Alan" })).json();
    const stored = await db.review.findUniqueOrThrow({ where: { id: byDefault.id } });
    expect(Math.round((stored.expiresAt.getTime() - stored.createdAt.getTime()) / DAY)).toBe(14);
  });

  test.each([
    [{}, "reviewerName"],
    [{ reviewerName: "   " }, "reviewerName"],
    [{ reviewerName: "x".repeat(101) }, "reviewerName"],
    [{ reviewerName: "Grace", expiresInDays: 31 }, "expiresInDays"],
    [{ reviewerName: "Grace", expiresInDays: 0 }, "expiresInDays"],
  ])("bad input %j is a 400 naming %s, and writes nothing", async (body, field) => {
    const user = await createUser();
    await signInAs(user);
    const response = await create(body);
    expect(response.status).toBe(400);
    expect(Object.keys((await response.json()).error.fields)).toContain(field);
    expect(await db.review.count({ where: { userId: user.id } })).toBe(0);
  });

  test("at most 10 pending links; an answered one frees a place", async () => {
    const { token } = await ownerWithInvitation();
    for (let i = 0; i < 9; i++) expect((await create({ reviewerName: `Reviewer ${i}` })).status).toBe(201);
    const refused = await create({ reviewerName: "One too many" });
    expect(refused.status).toBe(409);
    expect((await refused.json()).error.message).toContain("at most 10 live review links");
    expect((await respond(token, { ratings: reviewerRatings() })).status).toBe(201);
    expect((await create({ reviewerName: "Now there is room" })).status).toBe(201);
  });

  test("shares and reviews draw on one hourly creation budget", async () => {
    const user = await createUser();
    await signInAs(user);
    for (let i = 0; i < 30; i++) {
      const share = await createShareRoute(jsonRequest("/api/v1/shares", "POST", { expiresInDays: 1, showNotes: false }), noContext);
      expect(share.status).toBe(201);
      await db.shareLink.deleteMany({ where: { userId: user.id } });
    }
    expect((await create({ reviewerName: "Grace" })).status).toBe(429);
  });

  test("signed out: 401", async () => {
    expect((await create({ reviewerName: "Grace" })).status).toBe(401);
  });
});

describe("POST /api/v1/reviews/{token}/response", () => {
  test("201 once; a second answer is a 410 that writes nothing", async () => {
    const { id, token } = await ownerWithInvitation();
    browser.signOut(); // the reviewer needs no account
    const first = await respond(token, { ratings: reviewerRatings() });
    expect(first.status).toBe(201);
    expect(await db.reviewRating.count({ where: { reviewId: id } })).toBe(20);
    const second = await respond(token, { ratings: reviewerRatings().map((rating) => ({ ...rating, level: 5 })) });
    expect(second.status).toBe(410);
    expect((await second.json()).error.code).toBe("gone");
    const stored = await db.reviewRating.findMany({ where: { reviewId: id } });
    expect(stored.find((rating) => rating.skillSlug === "programming")?.level).toBe(2);
  });

  test("two answers at once: exactly one is taken", async () => {
    const { id, token } = await ownerWithInvitation();
    const statuses = await Promise.all([respond(token, { ratings: reviewerRatings() }), respond(token, { ratings: reviewerRatings() })]);
    expect(statuses.map((response) => response.status).sort()).toEqual([201, 410]);
    expect(await db.reviewRating.count({ where: { reviewId: id } })).toBe(20);
  });

  test("after expiry, and after revocation: 410 and nothing written", async () => {
    const expired = await ownerWithInvitation();
    await db.review.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect((await respond(expired.token, { ratings: reviewerRatings() })).status).toBe(410);

    const revoked = await ownerWithInvitation();
    expect((await revoke(revoked.id)).status).toBe(204);
    expect((await respond(revoked.token, { ratings: reviewerRatings() })).status).toBe(410);
    expect(await db.reviewRating.count({ where: { reviewId: { in: [expired.id, revoked.id] } } })).toBe(0);
  });

  test("a made-up token is a 404", async () => {
    expect((await respond("not-a-real-token", { ratings: reviewerRatings() })).status).toBe(404);
  });

  test.each([
    [
      "a level of 6",
      { ratings: reviewerRatings().map((rating, index) => (index === 3 ? { ...rating, level: 6 } : rating)) },
      "ratings.3.level",
    ],
    ["a skill left out", { ratings: reviewerRatings().slice(1) }, "ratings"],
    ["an unknown skill", { ratings: [...reviewerRatings(), { skill: "juggling", level: 2 }] }, "ratings.20.skill"],
    ["a skill rated twice", { ratings: [...reviewerRatings(), { skill: "eda", level: 2 }] }, "ratings.20.skill"],
    ["a 501-character note", { ratings: reviewerRatings().map((rating) => ({ ...rating, note: "x".repeat(501) })) }, "ratings.0.note"],
    ["ratings that are not a list", { ratings: "all fives" }, "ratings"],
  ])("%s is a 400 naming the field; the link stays open", async (_case, body, field) => {
    const { id, token } = await ownerWithInvitation();
    const response = await respond(token, body);
    expect(response.status).toBe(400);
    expect(Object.keys((await response.json()).error.fields)).toContain(field);
    expect(await db.review.findUniqueOrThrow({ where: { id } })).toMatchObject({ answeredAt: null });
    expect(await db.reviewRating.count({ where: { reviewId: id } })).toBe(0);
  });
});

describe("GET /api/v1/reviews and GET /api/v1/reviews/{id}", () => {
  test("lists pending, answered, expired and revoked reviews", async () => {
    const { id: answered, token } = await ownerWithInvitation();
    await respond(token, { ratings: reviewerRatings() });
    const pending = (await (await create({ reviewerName: "Pending" })).json()).id;
    const expired = (await (await create({ reviewerName: "Expired" })).json()).id;
    await db.review.update({ where: { id: expired }, data: { expiresAt: new Date(Date.now() - 1) } });
    const revoked = (await (await create({ reviewerName: "Revoked" })).json()).id;
    await revoke(revoked);
    const statuses = Object.fromEntries((await list()).map((review: { id: string; status: string }) => [review.id, review.status]));
    expect(statuses).toEqual({ [answered]: "answered", [pending]: "pending", [expired]: "expired", [revoked]: "revoked" });
  });

  test("the calibration against hand-computed figures, with self = the latest assessment before the answer", async () => {
    const { user, id, token } = await ownerWithInvitation();
    const assessmentsBefore = await db.assessment.count({ where: { userId: user.id } });
    const readinessBefore = await db.roleReadiness.findMany({ where: { userId: user.id }, orderBy: { roleSlug: "asc" } });
    await respond(token, { ratings: reviewerRatings() });
    // A later self-assessment does not move the calibration of a review answered before it.
    await recordAssessmentAt(user.id, [{ skill: "programming", level: 5 }], new Date(Date.now() + 1000));

    const response = await calibration(id);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.reviewerName).toBe("Grace");
    expect(Date.parse(body.answeredAt)).toBeLessThanOrEqual(Date.now());
    const skill = (slug: string) => body.skills.find((entry: { skill: string }) => entry.skill === slug);
    expect(body.skills).toHaveLength(20);
    expect(skill("programming")).toEqual({ skill: "programming", self: 3, reviewer: 2, difference: 1 });
    expect(skill("mathematics")).toEqual({ skill: "mathematics", self: 2, reviewer: 3, difference: -1 });
    expect(skill("eda")).toEqual({ skill: "eda", self: 0, reviewer: 2, difference: -2 });
    // sum(w*T): 106, 119, 115. Self shortfalls 83, 106, 88; the reviewer's 81, 107, 86.
    expect(body.readiness.self["data-scientist"]).toBeCloseTo(23 / 106, 12);
    expect(body.readiness.reviewer["data-scientist"]).toBeCloseTo(25 / 106, 12);
    expect(body.readiness.self["ml-engineer"]).toBeCloseTo(13 / 119, 12);
    expect(body.readiness.reviewer["ml-engineer"]).toBeCloseTo(12 / 119, 12);
    expect(body.readiness.self["ml-researcher"]).toBeCloseTo(27 / 115, 12);
    expect(body.readiness.reviewer["ml-researcher"]).toBeCloseTo(29 / 115, 12);

    // The review changed no assessment and no stored readiness.
    expect(await db.assessment.count({ where: { userId: user.id } })).toBe(assessmentsBefore + 1);
    const readinessAfter = await db.roleReadiness.findMany({
      where: { userId: user.id, createdAt: { lte: readinessBefore[0]!.createdAt } },
      orderBy: { roleSlug: "asc" },
    });
    expect(readinessAfter).toEqual(readinessBefore);
  });

  test("a pending review has no calibration yet (409); another user's review is a 404, for reading and revoking", async () => {
    const { id } = await ownerWithInvitation();
    expect((await calibration(id)).status).toBe(409);
    await signInAs(await createUser("Mallory"));
    expect((await calibration(id)).status).toBe(404);
    expect((await revoke(id)).status).toBe(404);
    expect(await list()).toEqual([]);
    expect(await db.review.findUniqueOrThrow({ where: { id } })).toMatchObject({ revokedAt: null });
  });

  test("an answered review cannot be revoked (409)", async () => {
    const { id, token } = await ownerWithInvitation();
    await respond(token, { ratings: reviewerRatings() });
    expect((await revoke(id)).status).toBe(409);
  });
});

test("deleting the account deletes its reviews, their ratings and its share links", async () => {
  const { user, id, token } = await ownerWithInvitation();
  await respond(token, { ratings: reviewerRatings() });
  await createShareRoute(jsonRequest("/api/v1/shares", "POST", { expiresInDays: 1, showNotes: false }), noContext);
  const deleted = await deleteMe(jsonRequest("/api/v1/me", "DELETE", { currentPassword: GOOD_PASSWORD }), noContext);
  expect(deleted.status).toBe(204);
  expect(await db.review.count({ where: { userId: user.id } })).toBe(0);
  expect(await db.reviewRating.count({ where: { reviewId: id } })).toBe(0);
  expect(await db.shareLink.count({ where: { userId: user.id } })).toBe(0);
  expect(await db.rateLimiterFlexible.count({ where: { key: { contains: user.id } } })).toBe(0);
});

test("export includes reviews and share links; import restores the answered reviews only, without links", async () => {
  const { user, id: answeredId, token } = await ownerWithInvitation();
  await respond(token, { ratings: reviewerRatings() });
  const pending = (await (await create({ reviewerName: "Still pending" })).json()).id;
  await createShareRoute(jsonRequest("/api/v1/shares", "POST", { expiresInDays: 5, showNotes: true }), noContext);
  const exported = await (await exportRoute(jsonRequest("/api/v1/export", "GET"), noContext)).json();
  expect(exported.reviews.map((review: { id: string }) => review.id).sort()).toEqual([answeredId, pending].sort());
  expect(exported.reviews.find((review: { id: string }) => review.id === answeredId).ratings).toHaveLength(20);
  expect(exported.shareLinks).toEqual([expect.objectContaining({ showNotes: true, viewCount: 0 })]);
  expect(JSON.stringify(exported)).not.toMatch(/tokenHash|\/p\/|\/review\//);
  const calibrationBefore = await (await calibration(answeredId)).json();

  await deleteMe(jsonRequest("/api/v1/me", "DELETE", { currentPassword: GOOD_PASSWORD }), noContext);
  await signUp({ email: user.email, password: GOOD_PASSWORD, name: "Ada Lovelace" }, newClientAddress());
  const again = await db.user.findUniqueOrThrow({ where: { email: user.email } });
  await signInAs(again);
  expect((await importRoute(jsonRequest("/api/v1/import", "POST", exported), noContext)).status).toBe(200);

  expect((await list()).map((review: { id: string; status: string }) => [review.id, review.status])).toEqual([[answeredId, "answered"]]);
  expect(await (await calibration(answeredId)).json()).toEqual(calibrationBefore);
  expect(await db.review.findUniqueOrThrow({ where: { id: answeredId } })).toMatchObject({ tokenHash: null });
  expect(await db.shareLink.count({ where: { userId: again.id } })).toBe(0);
  // Again: the review is already there, and is not doubled.
  expect((await importRoute(jsonRequest("/api/v1/import", "POST", exported), noContext)).status).toBe(200);
  expect(await db.review.count({ where: { userId: again.id } })).toBe(1);
});
