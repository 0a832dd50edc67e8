import { afterEach, expect, test } from "vitest";
import { checkedAgainstSchema } from "../support/api-schema";
import { noContext } from "../support/http";
import { createUser, testBrowser } from "../support/users";
import { recordAssessmentAt, WORKED_EXAMPLE } from "../support/assessments";
import { GET as getRemindersHandler, PUT as putRemindersHandler } from "@/app/api/v1/reminders/route";
import { DELETE as revokeFeedHandler, POST as createFeedHandler } from "@/app/api/v1/reminders/feed/route";
import { GET as feedHandler } from "@/app/api/v1/reminders.ics/route";
import { db } from "@/lib/db/client";

const browser = testBrowser();
const { signInAs, request } = browser;
afterEach(() => browser.signOut());

const getReminders = checkedAgainstSchema("GET /reminders", getRemindersHandler);
const putReminders = checkedAgainstSchema("PUT /reminders", putRemindersHandler);
const createFeed = checkedAgainstSchema("POST /reminders/feed", createFeedHandler);
const revokeFeed = checkedAgainstSchema("DELETE /reminders/feed", revokeFeedHandler);
const feedRoute = checkedAgainstSchema("GET /reminders.ics", feedHandler);

const reminders = async () => (await getReminders(await request("/api/v1/reminders", "GET"), noContext)).json();
const setRhythm = async (body: unknown) => putReminders(await request("/api/v1/reminders", "PUT", body), noContext);
const newFeed = async (): Promise<{ token: string; path: string }> =>
  (await createFeed(await request("/api/v1/reminders/feed", "POST"), noContext)).json();
const feed = async (path: string) => feedRoute(await request(path, "GET"), noContext);
const eventDates = (ics: string) => [...ics.matchAll(/DTSTART;VALUE=DATE:(\d{8})/g)].map((match) => match[1]);

const ASSESSED = new Date("2026-11-02T09:30:00Z");

async function assessedUser() {
  const user = await createUser("Private Person");
  await recordAssessmentAt(user.id, WORKED_EXAMPLE, ASSESSED);
  await signInAs(user);
  return user;
}

test("signed out: the rhythm and the feed controls are a 401", async () => {
  expect((await getReminders(await request("/api/v1/reminders", "GET"), noContext)).status).toBe(401);
  expect((await setRhythm({ intervalWeeks: 4 })).status).toBe(401);
  expect((await createFeed(await request("/api/v1/reminders/feed", "POST"), noContext)).status).toBe(401);
});

test("the next reassessment falls due the chosen interval after the latest assessment; off means none", async () => {
  await assessedUser();
  expect(await reminders()).toEqual({ intervalWeeks: 0, nextDue: null, feed: { active: false, createdAt: null } });
  expect((await setRhythm({ intervalWeeks: 4 })).status).toBe(200);
  expect((await reminders()).nextDue).toBe("2026-11-30");
  await setRhythm({ intervalWeeks: 2 });
  expect((await reminders()).nextDue).toBe("2026-11-16");
  await setRhythm({ intervalWeeks: 0 });
  expect((await reminders()).nextDue).toBeNull();
});

test.each([[{ intervalWeeks: 3 }], [{ intervalWeeks: "4" }], [{ intervalWeeks: null }], [{}], [{ intervalWeeks: 4, extra: 1 }]])(
  "%j is a 400 naming the field, and changes nothing",
  async (body) => {
    const user = await assessedUser();
    const response = await setRhythm(body);
    expect(response.status).toBe(400);
    const fields = Object.keys((await response.json()).error.fields);
    expect(fields.some((field) => field === "intervalWeeks" || field === "extra")).toBe(true);
    expect(await db.reminder.count({ where: { userId: user.id } })).toBe(0);
  },
);

test("the feed lists the coming due dates and nothing else; only a hash of its token is stored", async () => {
  const user = await assessedUser();
  await setRhythm({ intervalWeeks: 8 });
  const { token, path } = await newFeed();
  expect(path).toBe(`/api/v1/reminders.ics?token=${token}`);
  expect(token.length).toBeGreaterThanOrEqual(40);
  const stored = await db.reminder.findUniqueOrThrow({ where: { userId: user.id } });
  expect(stored.feedTokenHash).not.toContain(token);
  expect(JSON.stringify(stored)).not.toContain(token);

  const response = await feed(path);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
  const ics = await response.text();
  expect(ics).toMatch(/^BEGIN:VCALENDAR/);
  // 2 November + 8 weeks = 28 December, then every 8 weeks.
  expect(eventDates(ics)).toEqual(["20261228", "20270222", "20270419", "20270614", "20270809", "20271004"]);
  for (const secret of [user.email, "Private Person", user.id, token]) expect(ics).not.toContain(secret);
  expect(ics).not.toMatch(/readiness|%/i);
});

test("revoking ends the feed at once, and a new address replaces the old one", async () => {
  await assessedUser();
  await setRhythm({ intervalWeeks: 4 });
  const first = await newFeed();
  expect((await feed(first.path)).status).toBe(200);
  const second = await newFeed();
  expect((await feed(first.path)).status).toBe(404);
  expect((await feed(second.path)).status).toBe(200);
  expect((await revokeFeed(await request("/api/v1/reminders/feed", "DELETE"), noContext)).status).toBe(204);
  const revoked = await feed(second.path);
  expect(revoked.status).toBe(404);
  expect((await revoked.json()).error.code).toBe("not_found");
  expect((await reminders()).feed).toEqual({ active: false, createdAt: null });
});

test("a feed shows its own owner's dates only; a missing or unknown token is refused", async () => {
  await assessedUser();
  await setRhythm({ intervalWeeks: 2 });
  const mine = await newFeed();
  const other = await createUser();
  await recordAssessmentAt(other.id, WORKED_EXAMPLE, new Date("2026-10-01T00:00:00Z"));
  await signInAs(other);
  await setRhythm({ intervalWeeks: 8 });
  const theirs = await newFeed();
  expect(eventDates(await (await feed(mine.path)).text())[0]).toBe("20261116");
  expect(eventDates(await (await feed(theirs.path)).text())[0]).toBe("20261126");

  const missing = await feed("/api/v1/reminders.ics");
  expect(missing.status).toBe(400);
  expect((await missing.json()).error.fields).toHaveProperty("token");
  expect((await feed("/api/v1/reminders.ics?token=not-a-feed")).status).toBe(404);
});

test("with reminders off, a feed is an empty calendar rather than an error", async () => {
  await assessedUser();
  const { path } = await newFeed();
  const response = await feed(path);
  expect(response.status).toBe(200);
  expect(eventDates(await response.text())).toEqual([]);
});
