import { afterEach, describe, expect, test } from "vitest";
import { noContext, params } from "../support/http";
import { createUser, testBrowser } from "../support/users";
import { recordAssessmentAt, WORKED_EXAMPLE } from "../support/assessments";
import { checkedAgainstSchema } from "../support/api-schema";
import { GET as listRouteUnchecked, POST as createRouteUnchecked } from "@/app/api/v1/shares/route";
import { DELETE as revokeRouteUnchecked } from "@/app/api/v1/shares/[id]/route";
import { db } from "@/lib/db/client";
import { DAY_MS as DAY } from "@/lib/domain/time";
import { viewSharedProfile } from "@/lib/services/shares";
import { hashLinkToken } from "@/lib/services/link-tokens";

const createRoute = checkedAgainstSchema("POST /shares", createRouteUnchecked);
const listRoute = checkedAgainstSchema("GET /shares", listRouteUnchecked);
const revokeRoute = checkedAgainstSchema("DELETE /shares/{id}", revokeRouteUnchecked);

const browser = testBrowser();
const { signInAs, request: jsonRequest } = browser;
afterEach(() => browser.signOut());
const create = (body: unknown) => createRoute(jsonRequest("/api/v1/shares", "POST", body), noContext);
const list = async () => (await listRoute(jsonRequest("/api/v1/shares", "GET"), noContext)).json();
const revoke = (id: string) => revokeRoute(jsonRequest(`/api/v1/shares/${id}`, "DELETE"), params({ id }));
const tokenOf = (url: string) => url.replace(/^\/p\//, "");

async function ownerWithAssessment(name = "Ada Lovelace") {
  const user = await createUser(name);
  await recordAssessmentAt(user.id, [...WORKED_EXAMPLE, { skill: "eda", level: 2, note: "Kaggle notebooks" }], new Date(Date.now() - DAY));
  await signInAs(user);
  return user;
}

describe("POST /api/v1/shares", () => {
  test("answers 201 with a /p/ link whose token is 256 random bits, and stores only its SHA-256", async () => {
    const user = await ownerWithAssessment();
    const before = Date.now();
    const response = await create({ expiresInDays: 7, showNotes: false });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.url).toMatch(/^\/p\/[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(body.expiresAt) - before).toBeGreaterThanOrEqual(7 * DAY - 1000);
    expect(Date.parse(body.expiresAt) - before).toBeLessThanOrEqual(7 * DAY + 5000);
    const row = await db.shareLink.findUniqueOrThrow({ where: { id: body.id } });
    expect(row.userId).toBe(user.id);
    expect(row.tokenHash).toBe(hashLinkToken(tokenOf(body.url)));
    expect(JSON.stringify(row)).not.toContain(tokenOf(body.url));
  });

  test.each([
    [{ expiresInDays: 0, showNotes: true }, "expiresInDays"],
    [{ expiresInDays: 91, showNotes: true }, "expiresInDays"],
    [{ expiresInDays: 1.5, showNotes: true }, "expiresInDays"],
    [{ expiresInDays: 7 }, "showNotes"],
    [{ expiresInDays: 7, showNotes: "yes" }, "showNotes"],
    [{ expiresInDays: 7, showNotes: true, owner: "x" }, "owner"],
  ])("bad input %j is a 400 naming %s, and writes nothing", async (body, field) => {
    const user = await ownerWithAssessment();
    const response = await create(body);
    expect(response.status).toBe(400);
    expect(Object.keys((await response.json()).error.fields)).toContain(field);
    expect(await db.shareLink.count({ where: { userId: user.id } })).toBe(0);
  });

  test("signed out: 401", async () => {
    expect((await create({ expiresInDays: 7, showNotes: false })).status).toBe(401);
  });

  test("at most 10 live links: the 11th is refused naming the limit; an expired one does not count", async () => {
    const user = await ownerWithAssessment();
    for (let i = 0; i < 10; i++) expect((await create({ expiresInDays: 1, showNotes: false })).status).toBe(201);
    const refused = await create({ expiresInDays: 1, showNotes: false });
    expect(refused.status).toBe(409);
    expect((await refused.json()).error).toMatchObject({
      code: "limit_reached",
      message: expect.stringContaining("at most 10 live share links"),
    });
    expect(await db.shareLink.count({ where: { userId: user.id } })).toBe(10);
    // A refusal creates nothing, so it spends nothing of the hourly budget: 10 were created, 20 more may be.
    for (let i = 0; i < 25; i++) expect((await create({ expiresInDays: 1, showNotes: false })).status).toBe(409);
    await db.shareLink.deleteMany({ where: { userId: user.id } });
    for (let i = 0; i < 20; i++) {
      expect((await create({ expiresInDays: 1, showNotes: false })).status).toBe(201);
      await db.shareLink.deleteMany({ where: { userId: user.id } });
    }
    expect((await create({ expiresInDays: 1, showNotes: false })).status).toBe(429);
    await db.rateLimiterFlexible.deleteMany();
    for (let i = 0; i < 10; i++) expect((await create({ expiresInDays: 1, showNotes: false })).status).toBe(201);
    const oldest = await db.shareLink.findFirstOrThrow({ where: { userId: user.id } });
    await db.shareLink.update({ where: { id: oldest.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await create({ expiresInDays: 1, showNotes: false })).status).toBe(201);
  });

  test("creating links is throttled: past 30 an hour (shares and reviews together) the answer is 429", async () => {
    const user = await ownerWithAssessment();
    for (let i = 0; i < 30; i++) {
      const response = await create({ expiresInDays: 1, showNotes: false });
      expect(response.status).toBe(201);
      await db.shareLink.deleteMany({ where: { userId: user.id } });
    }
    const throttled = await create({ expiresInDays: 1, showNotes: false });
    expect(throttled.status).toBe(429);
    expect((await throttled.json()).error.message).toMatch(/Too many links created in the last hour/);
  });
});

describe("GET /api/v1/shares and DELETE /api/v1/shares/{id}", () => {
  test("lists the user's links with expiry and view count; revoking one makes its page unknown", async () => {
    await ownerWithAssessment();
    const { id, url } = await (await create({ expiresInDays: 30, showNotes: false })).json();
    await viewSharedProfile(tokenOf(url));
    await viewSharedProfile(tokenOf(url));
    const [listed] = await list();
    expect(listed).toMatchObject({ id, viewCount: 2, expired: false, showNotes: false });
    expect(listed).not.toHaveProperty("url");
    expect((await revoke(id)).status).toBe(204);
    expect(await list()).toEqual([]);
    await expect(viewSharedProfile(tokenOf(url))).rejects.toMatchObject({ status: 404 });
    expect((await revoke(id)).status).toBe(404);
  });

  test("another user's link: not listed, and revoking it is a 404 that leaves it working", async () => {
    await ownerWithAssessment();
    const { id, url } = await (await create({ expiresInDays: 30, showNotes: false })).json();
    await signInAs(await createUser("Mallory"));
    expect(await list()).toEqual([]);
    expect((await revoke(id)).status).toBe(404);
    await expect(viewSharedProfile(tokenOf(url))).resolves.toMatchObject({ ownerName: "Ada Lovelace" });
  });
});

describe("the shared profile behind /p/{token}", () => {
  test("shows the owner's name, readiness per role, target, progress and levels, without notes unless asked", async () => {
    const user = await ownerWithAssessment();
    await db.user.update({ where: { id: user.id }, data: { targetRoleSlug: "data-scientist" } });
    const withoutNotes = await (await create({ expiresInDays: 30, showNotes: false })).json();
    const withNotes = await (await create({ expiresInDays: 30, showNotes: true })).json();

    const profile = await viewSharedProfile(tokenOf(withoutNotes.url));
    expect(profile.ownerName).toBe("Ada Lovelace");
    expect(profile.targetRole).toEqual({ slug: "data-scientist", name: "Data Scientist" });
    // The worked example plus EDA at 2: Data Scientist loses 2*2 = 4 of its 83 weighted shortfall.
    const readiness = Object.fromEntries(profile.roles.map((role) => [role.slug, role.readiness]));
    expect(readiness["data-scientist"]).toBeCloseTo(1 - 79 / 106, 10);
    expect(profile.progress?.role.slug).toBe("data-scientist");
    expect(profile.progress?.points).toHaveLength(1);
    // A viewer gets dates, never the assessment's id or the time of day it was saved.
    const [latest] = await db.assessment.findMany({ where: { userId: user.id } });
    expect(profile.progress?.points[0]).toEqual({ at: latest!.createdAt.toISOString().slice(0, 10), readiness: expect.any(Number) });
    expect(profile.assessedAt).toBe(latest!.createdAt.toISOString().slice(0, 10));
    expect(JSON.stringify(profile)).not.toContain(latest!.id);
    expect(profile.levels.find((level) => level.skill === "eda")).toMatchObject({ level: 2, note: null });
    expect(profile.levels.find((level) => level.skill === "cloud")).toMatchObject({ level: 0, note: null });
    expect(JSON.stringify(profile)).not.toContain(user.email);

    const noted = await viewSharedProfile(tokenOf(withNotes.url));
    expect(noted.levels.find((level) => level.skill === "eda")?.note).toBe("Kaggle notebooks");
  });

  test("an expired link and a made-up token are the same 404", async () => {
    await ownerWithAssessment();
    const { id, url } = await (await create({ expiresInDays: 1, showNotes: false })).json();
    await db.shareLink.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1) } });
    await expect(viewSharedProfile(tokenOf(url))).rejects.toMatchObject({ status: 404, message: "Profile not found." });
    await expect(viewSharedProfile("made-up-token")).rejects.toMatchObject({ status: 404, message: "Profile not found." });
    const [listed] = await list();
    expect(listed).toMatchObject({ expired: true, viewCount: 0 });
  });
});
