import { afterEach, describe, expect, test } from "vitest";
import { jsonRequest, noContext, params } from "../support/http";
import { createUser, GOOD_PASSWORD, signedIn, testBrowser, type TestUser } from "../support/users";
import { recordAssessmentAt, WORKED_EXAMPLE } from "../support/assessments";
import { checkedAgainstSchema } from "../support/api-schema";
import { GET as listRouteUnchecked, POST as createRouteUnchecked } from "@/app/api/v1/workspaces/route";
import { DELETE as deleteRouteUnchecked, GET as getRouteUnchecked, PATCH as patchRouteUnchecked } from "@/app/api/v1/workspaces/[id]/route";
import { GET as listInvitationsUnchecked, POST as inviteUnchecked } from "@/app/api/v1/workspaces/[id]/invitations/route";
import { DELETE as revokeUnchecked } from "@/app/api/v1/workspaces/[id]/invitations/[invitationId]/route";
import { PUT as sharingUnchecked } from "@/app/api/v1/workspaces/[id]/sharing/route";
import { DELETE as removeUnchecked, PATCH as changeRoleUnchecked } from "@/app/api/v1/workspaces/[id]/members/[userId]/route";
import { POST as acceptUnchecked } from "@/app/api/v1/invitations/[token]/accept/route";
import { db } from "@/lib/db/client";
import { DAY_MS } from "@/lib/domain/time";
import { deleteAccount } from "@/lib/services/account";
import { exportJson } from "@/lib/services/export-data";
import { hashLinkToken } from "@/lib/services/link-tokens";
import { previewInvitation } from "@/lib/services/workspaces";

const createRoute = checkedAgainstSchema("POST /workspaces", createRouteUnchecked);
const listRoute = checkedAgainstSchema("GET /workspaces", listRouteUnchecked);
const getRoute = checkedAgainstSchema("GET /workspaces/{id}", getRouteUnchecked);
const patchRoute = checkedAgainstSchema("PATCH /workspaces/{id}", patchRouteUnchecked);
const deleteRoute = checkedAgainstSchema("DELETE /workspaces/{id}", deleteRouteUnchecked);
const inviteRoute = checkedAgainstSchema("POST /workspaces/{id}/invitations", inviteUnchecked);
const listInvitationsRoute = checkedAgainstSchema("GET /workspaces/{id}/invitations", listInvitationsUnchecked);
const revokeRoute = checkedAgainstSchema("DELETE /workspaces/{id}/invitations/{invitationId}", revokeUnchecked);
const sharingRoute = checkedAgainstSchema("PUT /workspaces/{id}/sharing", sharingUnchecked);
const changeRoleRoute = checkedAgainstSchema("PATCH /workspaces/{id}/members/{userId}", changeRoleUnchecked);
const removeRoute = checkedAgainstSchema("DELETE /workspaces/{id}/members/{userId}", removeUnchecked);
const acceptRoute = checkedAgainstSchema("POST /invitations/{token}/accept", acceptUnchecked);

const browser = testBrowser();
const { request } = browser;
afterEach(() => browser.signOut());

const as = (user: TestUser) => browser.signInAs(user);
const create = (body: unknown) => createRoute(request("/api/v1/workspaces", "POST", body), noContext);
const list = async () => (await listRoute(request("/api/v1/workspaces", "GET"), noContext)).json();
const get = (id: string) => getRoute(request(`/api/v1/workspaces/${id}`, "GET"), params({ id }));
const patch = (id: string, body: unknown) => patchRoute(request(`/api/v1/workspaces/${id}`, "PATCH", body), params({ id }));
const remove = (id: string) => deleteRoute(request(`/api/v1/workspaces/${id}`, "DELETE"), params({ id }));
const invite = (id: string, body: unknown) => inviteRoute(request(`/api/v1/workspaces/${id}/invitations`, "POST", body), params({ id }));
const invitations = (id: string) => listInvitationsRoute(request(`/api/v1/workspaces/${id}/invitations`, "GET"), params({ id }));
const revoke = (id: string, invitationId: string) =>
  revokeRoute(request(`/api/v1/workspaces/${id}/invitations/${invitationId}`, "DELETE"), params({ id, invitationId }));
const share = (id: string, body: unknown) => sharingRoute(request(`/api/v1/workspaces/${id}/sharing`, "PUT", body), params({ id }));
const changeRole = (id: string, userId: string, body: unknown) =>
  changeRoleRoute(request(`/api/v1/workspaces/${id}/members/${userId}`, "PATCH", body), params({ id, userId }));
const removeMember = (id: string, userId: string) =>
  removeRoute(request(`/api/v1/workspaces/${id}/members/${userId}`, "DELETE"), params({ id, userId }));
const accept = (token: string, body: unknown) =>
  acceptRoute(request(`/api/v1/invitations/${token}/accept`, "POST", body), params({ token }));
const tokenOf = (url: string) => url.replace(/^\/join\//, "");

/** A workspace owned by a new user, who stays signed in. */
async function workspaceOf(name = "Spring cohort", minGroupSize?: number) {
  const owner = await createUser("Grace Owner");
  await as(owner);
  const response = await create({ name, ...(minGroupSize ? { minGroupSize } : {}) });
  expect(response.status).toBe(201);
  const { id } = await response.json();
  return { owner, id };
}

/** A new user who joins the workspace through a fresh invitation from `inviter`, with the given sharing. */
async function joined(inviter: TestUser, workspaceId: string, role: "member" | "coach" = "member", sharing = "levels", name = "Member") {
  await as(inviter);
  const { url } = await (await invite(workspaceId, { role, expiresInDays: 7 })).json();
  const user = await createUser(name);
  await as(user);
  expect((await accept(tokenOf(url), { sharing })).status).toBe(201);
  return user;
}

const membershipCount = (workspaceId: string) => db.workspaceMembership.count({ where: { workspaceId } });

describe("creating and reading workspaces", () => {
  test("POST answers 201 with the owner's role and the default group size; GET lists it with myRole", async () => {
    const owner = await createUser();
    await as(owner);
    const response = await create({ name: "  ML bootcamp, spring  " });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toEqual({ id: expect.any(String), name: "ML bootcamp, spring", minGroupSize: 5, myRole: "owner" });
    expect(await list()).toEqual([expect.objectContaining({ id: body.id, myRole: "owner", mySharing: "none", memberCount: 1 })]);
    expect(await (await get(body.id)).json()).toMatchObject({
      id: body.id,
      myRole: "owner",
      members: [{ userId: owner.id, name: "Test user", role: "owner", sharing: "none" }],
    });
  });

  test.each([
    [{}, "name"],
    [{ name: "   " }, "name"],
    [{ name: "x".repeat(81) }, "name"],
    [{ name: "two\nlines" }, "name"],
    [{ name: "Class", minGroupSize: 2 }, "minGroupSize"],
    [{ name: "Class", minGroupSize: 51 }, "minGroupSize"],
    [{ name: "Class", minGroupSize: 4.5 }, "minGroupSize"],
    [{ name: "Class", ownerId: "someone" }, "ownerId"],
  ])("bad input %j is a 400 naming %s, and writes nothing", async (body, field) => {
    const user = await createUser();
    await as(user);
    const response = await create(body);
    expect(response.status).toBe(400);
    expect(Object.keys((await response.json()).error.fields)).toContain(field);
    expect(await db.workspaceMembership.count({ where: { userId: user.id } })).toBe(0);
  });

  test("signed out: 401 on every workspace route", async () => {
    const { id } = await workspaceOf();
    browser.signOut();
    expect((await create({ name: "x" })).status).toBe(401);
    expect((await get(id)).status).toBe(401);
    expect((await accept("whatever", { sharing: "none" })).status).toBe(401);
  });

  test("a user owns at most 20 workspaces: the 21st is a 409 naming the limit", async () => {
    const owner = await createUser();
    await as(owner);
    for (let i = 0; i < 20; i++) expect((await create({ name: `Class ${i}` })).status).toBe(201);
    const refused = await create({ name: "One too many" });
    expect(refused.status).toBe(409);
    expect((await refused.json()).error.message).toContain("at most 20 workspaces");
    expect(await db.workspaceMembership.count({ where: { userId: owner.id } })).toBe(20);
  });

  test("another user's workspace and a made-up id are the same 404, on every id route", async () => {
    const { id } = await workspaceOf();
    await as(await createUser("Stranger"));
    for (const response of [
      await get(id),
      await get("no-such-workspace"),
      await patch(id, { name: "Mine now" }),
      await remove(id),
      await invite(id, { role: "member", expiresInDays: 7 }),
      await invitations(id),
      await share(id, { sharing: "levels" }),
      await removeMember(id, "me"),
    ]) {
      expect(response.status).toBe(404);
    }
    expect((await db.workspace.findUniqueOrThrow({ where: { id } })).name).toBe("Spring cohort");
  });

  test("a member sees the workspace but not its members", async () => {
    const { owner, id } = await workspaceOf();
    await joined(owner, id, "member", "readiness");
    const body = await (await get(id)).json();
    expect(body).toMatchObject({ myRole: "member", mySharing: "readiness", memberCount: 2, members: null });
  });
});

describe("owners, coaches and members", () => {
  test("only the owner renames; a coach and a member get 403 and the name stays", async () => {
    const { owner, id } = await workspaceOf();
    const coach = await joined(owner, id, "coach");
    const member = await joined(owner, id, "member");
    for (const user of [coach, member]) {
      await as(user);
      expect((await patch(id, { name: "Renamed" })).status).toBe(403);
    }
    await as(owner);
    const renamed = await patch(id, { name: "Autumn cohort", minGroupSize: 8 });
    expect(renamed.status).toBe(200);
    expect(await renamed.json()).toMatchObject({ name: "Autumn cohort", minGroupSize: 8 });
    expect((await patch(id, {})).status).toBe(400);
  });

  test("deleting a workspace deletes its memberships and invitations and no member's own data", async () => {
    const { owner, id } = await workspaceOf();
    const member = await joined(owner, id);
    await recordAssessmentAt(member.id, WORKED_EXAMPLE, new Date(Date.now() - DAY_MS));
    await as(member);
    expect((await remove(id)).status).toBe(403);
    await as(owner);
    expect((await remove(id)).status).toBe(204);
    expect(await db.workspace.count({ where: { id } })).toBe(0);
    expect(await membershipCount(id)).toBe(0);
    expect(await db.workspaceInvitation.count({ where: { workspaceId: id } })).toBe(0);
    expect(await db.assessment.count({ where: { userId: member.id } })).toBe(1);
    expect(await db.user.count({ where: { id: member.id } })).toBe(1);
  });

  test("the last owner can be neither demoted nor removed (409 naming the rule); with a second owner either works", async () => {
    const { owner, id } = await workspaceOf();
    const other = await joined(owner, id, "coach");
    await as(owner);
    const demoted = await changeRole(id, owner.id, { role: "member" });
    expect(demoted.status).toBe(409);
    expect((await demoted.json()).error).toMatchObject({ code: "last_owner", message: expect.stringContaining("at least one owner") });
    expect((await removeMember(id, "me")).status).toBe(409);
    expect(
      await db.workspaceMembership.findUniqueOrThrow({ where: { workspaceId_userId: { workspaceId: id, userId: owner.id } } }),
    ).toMatchObject({
      role: "owner",
    });

    expect((await changeRole(id, other.id, { role: "owner" })).status).toBe(204);
    expect((await changeRole(id, owner.id, { role: "member" })).status).toBe(204);
    // The former owner is a member now: changing roles is no longer theirs to do.
    expect((await changeRole(id, other.id, { role: "member" })).status).toBe(403);
    await as(other);
    expect((await changeRole(id, other.id, { role: "coach" })).status).toBe(409);
    expect((await changeRole(id, "not-a-member", { role: "coach" })).status).toBe(404);
    expect((await changeRole(id, owner.id, { role: "boss" })).status).toBe(400);
  });

  test("a coach removes members but not another coach; a member removes no one; anyone leaves", async () => {
    const { owner, id } = await workspaceOf();
    const coach = await joined(owner, id, "coach");
    const otherCoach = await joined(owner, id, "coach");
    const member = await joined(owner, id, "member");
    const leaver = await joined(owner, id, "member");

    await as(member);
    expect((await removeMember(id, leaver.id)).status).toBe(403);
    await as(coach);
    expect((await removeMember(id, otherCoach.id)).status).toBe(403);
    expect((await removeMember(id, owner.id)).status).toBe(403);
    expect((await removeMember(id, member.id)).status).toBe(204);
    await as(member);
    expect((await get(id)).status).toBe(404);

    await as(leaver);
    expect((await removeMember(id, "me")).status).toBe(204);
    expect((await get(id)).status).toBe(404);
    expect((await removeMember(id, "me")).status).toBe(404);
    await as(owner);
    expect((await removeMember(id, otherCoach.id)).status).toBe(204);
    expect(await membershipCount(id)).toBe(2);
  });

  test("a member changes their own sharing; the coach's next read shows it", async () => {
    const { owner, id } = await workspaceOf();
    const member = await joined(owner, id, "member", "levels");
    await as(member);
    const response = await share(id, { sharing: "none" });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ workspaceId: id, role: "member", sharing: "none" });
    expect((await share(id, { sharing: "everything" })).status).toBe(400);
    await as(owner);
    const { members } = await (await get(id)).json();
    expect(members.find((row: { userId: string }) => row.userId === member.id).sharing).toBe("none");
  });
});

describe("invitations", () => {
  test("an owner's invitation is a /join/ link of 256 random bits whose hash only is stored; the list shows uses left", async () => {
    const { owner, id } = await workspaceOf();
    const response = await invite(id, { role: "member", expiresInDays: 14, maxUses: 3 });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.url).toMatch(/^\/join\/[A-Za-z0-9_-]{43}$/);
    const row = await db.workspaceInvitation.findUniqueOrThrow({ where: { id: body.id } });
    expect(row.tokenHash).toBe(hashLinkToken(tokenOf(body.url)));
    expect(JSON.stringify(row)).not.toContain(tokenOf(body.url));
    expect(Date.parse(body.expiresAt) - Date.now()).toBeGreaterThan(14 * DAY_MS - 60_000);

    await as(await createUser("Joiner"));
    expect((await accept(tokenOf(body.url), { sharing: "readiness" })).status).toBe(201);
    await as(owner);
    expect(await (await invitations(id)).json()).toEqual([
      expect.objectContaining({ id: body.id, role: "member", maxUses: 3, uses: 1, usesLeft: 2, status: "live" }),
    ]);
  });

  test.each([
    [{ role: "owner", expiresInDays: 7 }, "role"],
    [{ role: "member", expiresInDays: 0 }, "expiresInDays"],
    [{ role: "member", expiresInDays: 91 }, "expiresInDays"],
    [{ role: "member", expiresInDays: 7, maxUses: 0 }, "maxUses"],
    [{ role: "member", expiresInDays: 7, maxUses: 501 }, "maxUses"],
  ])("bad invitation %j is a 400 naming %s, and writes nothing", async (body, field) => {
    const { id } = await workspaceOf();
    const response = await invite(id, body);
    expect(response.status).toBe(400);
    expect(Object.keys((await response.json()).error.fields)).toContain(field);
    expect(await db.workspaceInvitation.count({ where: { workspaceId: id } })).toBe(0);
  });

  test("a coach invites members but not coaches; a member invites no one and cannot list invitations", async () => {
    const { owner, id } = await workspaceOf();
    const coach = await joined(owner, id, "coach");
    const member = await joined(owner, id, "member");
    await as(coach);
    expect((await invite(id, { role: "member", expiresInDays: 7 })).status).toBe(201);
    expect((await invite(id, { role: "coach", expiresInDays: 7 })).status).toBe(403);
    expect((await invitations(id)).status).toBe(200);
    await as(member);
    expect((await invite(id, { role: "member", expiresInDays: 7 })).status).toBe(403);
    expect((await invitations(id)).status).toBe(403);
    // Two for the joins above, one by the coach.
    expect(await db.workspaceInvitation.count({ where: { workspaceId: id } })).toBe(3);
  });

  test("a coach invitation makes a coach, with the sharing the joiner chose", async () => {
    const { owner, id } = await workspaceOf();
    const coach = await joined(owner, id, "coach", "none");
    expect(
      await db.workspaceMembership.findUniqueOrThrow({ where: { workspaceId_userId: { workspaceId: id, userId: coach.id } } }),
    ).toMatchObject({
      role: "coach",
      sharing: "none",
    });
  });

  test("a made-up token is a 404; a revoked, expired or used-up one a 410; none of them writes a membership", async () => {
    const { owner, id } = await workspaceOf();
    const revoked = await (await invite(id, { role: "member", expiresInDays: 7 })).json();
    const expired = await (await invite(id, { role: "member", expiresInDays: 1 })).json();
    const single = await (await invite(id, { role: "member", expiresInDays: 7, maxUses: 1 })).json();
    expect((await revoke(id, revoked.id)).status).toBe(204);
    expect((await revoke(id, "no-such-invitation")).status).toBe(404);
    await db.workspaceInvitation.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await as(await createUser("First"));
    expect((await accept(tokenOf(single.url), { sharing: "none" })).status).toBe(201);

    const joiner = await createUser("Too late");
    await as(joiner);
    expect((await accept("made-up-token", { sharing: "levels" })).status).toBe(404);
    for (const { url } of [revoked, expired, single]) {
      const response = await accept(tokenOf(url), { sharing: "levels" });
      expect(response.status).toBe(410);
      expect((await response.json()).error.message).toContain("Ask your coach for a new link");
    }
    expect(await db.workspaceMembership.count({ where: { userId: joiner.id } })).toBe(0);
    expect((await db.workspaceInvitation.findUniqueOrThrow({ where: { id: single.id } })).uses).toBe(1);
    await expect(previewInvitation(tokenOf(revoked.url))).rejects.toMatchObject({ status: 410 });

    await as(owner);
    expect(await (await invitations(id)).json()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: revoked.id, status: "revoked" }),
        expect.objectContaining({ id: expired.id, status: "expired" }),
        expect.objectContaining({ id: single.id, status: "used_up", usesLeft: 0 }),
      ]),
    );
  });

  test("joining twice is a 409 and takes no use; accepting needs a sharing choice (400, nothing written)", async () => {
    const { id } = await workspaceOf();
    const { id: invitationId, url } = await (await invite(id, { role: "member", expiresInDays: 7, maxUses: 5 })).json();
    const user = await createUser();
    await as(user);
    expect((await accept(tokenOf(url), {})).status).toBe(400);
    expect((await accept(tokenOf(url), { sharing: "all" })).status).toBe(400);
    expect(await membershipCount(id)).toBe(1);
    expect((await accept(tokenOf(url), { sharing: "readiness" })).status).toBe(201);
    const twice = await accept(tokenOf(url), { sharing: "levels" });
    expect(twice.status).toBe(409);
    expect((await twice.json()).error.code).toBe("already_member");
    expect((await db.workspaceInvitation.findUniqueOrThrow({ where: { id: invitationId } })).uses).toBe(1);
  });

  test("parallel joins through a two-use link admit exactly two", async () => {
    const { id } = await workspaceOf();
    const { url } = await (await invite(id, { role: "member", expiresInDays: 7, maxUses: 2 })).json();
    const users = await Promise.all([1, 2, 3, 4].map((n) => createUser(`Racer ${n}`)));
    const cookies = await Promise.all(users.map((user) => signedIn(user)));
    const statuses = await Promise.all(
      cookies.map(
        async ({ headers }) =>
          (
            await acceptRoute(
              jsonRequest(`/api/v1/invitations/${tokenOf(url)}/accept`, "POST", { sharing: "none" }, headers),
              params({ token: tokenOf(url) }),
            )
          ).status,
      ),
    );
    expect(statuses.filter((status) => status === 201)).toHaveLength(2);
    expect(statuses.filter((status) => status !== 201).every((status) => status === 410)).toBe(true);
    expect(await membershipCount(id)).toBe(3);
  });

  test("a workspace holds at most 5,000 members: the next join is a 409 and writes nothing", async () => {
    const { id } = await workspaceOf();
    const { url } = await (await invite(id, { role: "member", expiresInDays: 7 })).json();
    const filler = Array.from({ length: 4_999 }, (_, i) => ({ id: `filler-${id}-${i}`, email: `filler-${i}-${id}@example.test` }));
    await db.user.createMany({ data: filler });
    await db.workspaceMembership.createMany({ data: filler.map((user) => ({ workspaceId: id, userId: user.id, role: "member" })) });
    const late = await createUser("Late");
    await as(late);
    const refused = await accept(tokenOf(url), { sharing: "none" });
    expect(refused.status).toBe(409);
    expect((await refused.json()).error.code).toBe("workspace_full");
    expect(await membershipCount(id)).toBe(5_000);
  });

  test("invitations share the link-creation budget of 30 an hour: the 31st is a 429", async () => {
    const { id } = await workspaceOf();
    for (let i = 0; i < 30; i++) expect((await invite(id, { role: "member", expiresInDays: 1 })).status).toBe(201);
    const throttled = await invite(id, { role: "member", expiresInDays: 1 });
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await db.workspaceInvitation.count({ where: { workspaceId: id } })).toBe(30);
  });
});

describe("the member's own data", () => {
  test("the export lists the user's memberships, and nothing of other members", async () => {
    const { owner, id } = await workspaceOf("Data team");
    const member = await joined(owner, id, "member", "readiness", "Colleague");
    let text = "";
    for await (const piece of (await exportJson(member)).pieces) text += piece;
    const exported = JSON.parse(text) as { workspaces: unknown };
    expect(exported.workspaces).toEqual([{ id, name: "Data team", role: "member", sharing: "readiness", joinedAt: expect.any(String) }]);
    expect(JSON.stringify(exported)).not.toContain(owner.id);
  });

  test("deleting the account removes its memberships and the workspaces it alone owned, and keeps co-owned ones", async () => {
    const { owner, id: soleOwned } = await workspaceOf("Mine alone");
    const member = await joined(owner, soleOwned);
    const { owner: otherOwner, id: coOwned } = await workspaceOf("Shared");
    await as(otherOwner);
    const { url } = await (await invite(coOwned, { role: "coach", expiresInDays: 7 })).json();
    await as(owner);
    expect((await accept(tokenOf(url), { sharing: "none" })).status).toBe(201);
    await as(otherOwner);
    expect((await changeRole(coOwned, owner.id, { role: "owner" })).status).toBe(204);

    await deleteAccount({ ...owner, authTime: Date.now() }, { currentPassword: GOOD_PASSWORD });
    expect(await db.workspace.count({ where: { id: soleOwned } })).toBe(0);
    expect(await db.workspaceMembership.count({ where: { userId: { in: [owner.id, member.id] } } })).toBe(0);
    expect(await db.user.count({ where: { id: member.id } })).toBe(1);
    expect(await (await get(coOwned)).json()).toMatchObject({
      name: "Shared",
      memberCount: 1,
      members: [{ userId: otherOwner.id, role: "owner" }],
    });
  });
});
