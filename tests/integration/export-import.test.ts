import { describe, expect, test } from "vitest";
import { checkedAgainstSchema } from "../support/api-schema";
import { jsonRequest, noContext } from "../support/http";
import { createUser, GOOD_PASSWORD, newClientAddress, signedIn, type TestUser } from "../support/users";
import { allSkillsAt, fillWithUnratedAssessments, recordAssessmentAt, WORKED_EXAMPLE } from "../support/assessments";
import { GET as exportJsonUnchecked } from "@/app/api/v1/export/route";
import { GET as exportCsvUnchecked } from "@/app/api/v1/export.csv/route";
import { GET as listRouteUnchecked } from "@/app/api/v1/assessments/route";
import { POST as importRouteUnchecked } from "@/app/api/v1/import/route";
import { db } from "@/lib/db/client";
import { DEFAULT_FRAMEWORK } from "@/lib/domain/framework";
import { ACCOUNT_MAX_ASSESSMENTS, EXPORT_FORMAT, EXPORT_VERSION, IMPORT_MAX_ASSESSMENTS, IMPORTS_AT_ONCE } from "@/lib/schemas/assessment";
import { deleteAccount } from "@/lib/services/account";
import { saveAssessment } from "@/lib/services/assessments";
import { importData } from "@/lib/services/import-data";
import { signUp } from "@/lib/services/sign-up";

const exportJson = checkedAgainstSchema("GET /export", exportJsonUnchecked);
const exportCsv = checkedAgainstSchema("GET /export.csv", exportCsvUnchecked);
const importRoute = checkedAgainstSchema("POST /import", importRouteUnchecked);
const listRoute = checkedAgainstSchema("GET /assessments", listRouteUnchecked);

const session = async (user: TestUser) => (await signedIn(user)).headers;
const doExport = async (user: TestUser) =>
  (await exportJson(jsonRequest("/api/v1/export", "GET", undefined, await session(user)), noContext)).json();
const doImport = async (user: TestUser, body: unknown, query = "") =>
  importRoute(jsonRequest(`/api/v1/import${query}`, "POST", body, await session(user)), noContext);
const assessmentsPage = async (user: TestUser, query: string) =>
  listRoute(jsonRequest(`/api/v1/assessments${query}`, "GET", undefined, await session(user)), noContext);
const comparable = (document: { assessments: unknown[] }) => document.assessments;

describe("export and import", () => {
  test("export, delete the account, sign up again, import, export again: the same assessments, ratings and notes", async () => {
    const user = await createUser("Round Trip");
    await saveAssessment(user, { ratings: [{ skill: "eda", level: 3, note: 'a "quoted", multi-line\nnote' }], note: "first go" });
    await recordAssessmentAt(user.id, WORKED_EXAMPLE, new Date("2025-06-01T12:00:00Z"));
    const exported = await doExport(user);
    expect(exported).toMatchObject({ format: "skillgap-export", version: 1, profile: { email: user.email, name: "Round Trip" } });
    expect(exported.assessments).toHaveLength(2);

    await deleteAccount({ ...user, authTime: Date.now() }, { currentPassword: GOOD_PASSWORD });
    await signUp({ email: user.email, password: GOOD_PASSWORD }, newClientAddress());
    const again = await db.user.findUniqueOrThrow({ where: { email: user.email } });
    // A dry run counts what an import would do, validated the same way, and writes nothing.
    expect(await (await doImport(again, exported, "?dryRun=1")).json()).toEqual({
      imported: 2,
      skipped: 0,
      reviewsImported: 0,
      reviewsSkipped: 0,
      dryRun: true,
    });
    expect(await db.assessment.count({ where: { userId: again.id } })).toBe(0);
    expect((await doImport(again, { ...exported, version: 9 }, "?dryRun=1")).status).toBe(400);
    expect((await doImport(again, exported, "?dryRun=yes")).status).toBe(400);
    const response = await doImport(again, exported);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ imported: 2, skipped: 0, reviewsImported: 0, reviewsSkipped: 0, dryRun: false });
    expect(comparable(await doExport(again))).toEqual(comparable(exported));

    // Importing the same document again skips what is already there.
    expect(await importData(again, exported)).toEqual({ imported: 0, skipped: 2, reviewsImported: 0, reviewsSkipped: 0, dryRun: false });
  });

  test("an invalid document is refused whole, naming the field, and writes nothing", async () => {
    const user = await createUser();
    await recordAssessmentAt(user.id, allSkillsAt(2), new Date());
    const document = await doExport(user);
    const good = { ...document.assessments[0], id: "a-new-id-0001" };
    const bad = { ...document.assessments[0], id: "a-new-id-0002", ratings: [{ skill: "juggling", level: 3 }] };
    const before = await db.assessment.count();
    const response = await doImport(user, { ...document, assessments: [good, bad] });
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toHaveProperty(["assessments.1.ratings.0.skill"]);
    expect(await db.assessment.count()).toBe(before);

    for (const [body, field] of [
      [{ ...document, format: "other" }, "format"],
      [{ ...document, version: 2 }, "version"],
      [{ ...document, assessments: [{ ...good, frameworkVersion: "1999.1" }] }, "assessments.0.frameworkVersion"],
      [{ ...document, assessments: [{ ...good, createdAt: "yesterday" }] }, "assessments.0.createdAt"],
      [{ ...document, assessments: [{ ...good, ratings: [{ skill: "eda", level: 9 }] }] }, "assessments.0.ratings.0.level"],
      // The same id twice would collide with itself (was a 500).
      [{ ...document, assessments: [good, { ...good }] }, "assessments.1.id"],
      // Well-formed dates beyond year 9999 or before year 0 once offset (were a 500), before 2000, in the future.
      [{ ...document, assessments: [{ ...good, createdAt: "9999-12-31T23:59:59-23:59" }] }, "assessments.0.createdAt"],
      [{ ...document, assessments: [{ ...good, createdAt: "0000-01-01T00:00:00+23:59" }] }, "assessments.0.createdAt"],
      [{ ...document, assessments: [{ ...good, createdAt: "1999-12-31T23:59:59Z" }] }, "assessments.0.createdAt"],
      [
        { ...document, assessments: [{ ...good, createdAt: new Date(Date.now() + 3 * 86_400_000).toISOString() }] },
        "assessments.0.createdAt",
      ],
    ] as const) {
      const refused = await doImport(user, body);
      expect(refused.status).toBe(400);
      expect((await refused.json()).error.fields).toHaveProperty([field]);
    }
    expect(await db.assessment.count()).toBe(before);
  });

  test("another account's assessment ids are never touched by an import", async () => {
    const owner = await createUser();
    const { id } = await recordAssessmentAt(owner.id, WORKED_EXAMPLE, new Date());
    const document = await doExport(owner);
    const intruder = await createUser();
    expect(await importData(intruder, document)).toEqual({ imported: 1, skipped: 0, reviewsImported: 0, reviewsSkipped: 0, dryRun: false });
    expect((await db.assessment.findUniqueOrThrow({ where: { id } })).userId).toBe(owner.id);
    expect(await db.assessment.count({ where: { userId: intruder.id } })).toBe(1);
  });

  test("an export made under an earlier framework version this database knows still imports, keeping its version", async () => {
    await db.frameworkVersion.upsert({ where: { version: "2026.1" }, create: { version: "2026.1" }, update: {} });
    const user = await createUser();
    await recordAssessmentAt(user.id, WORKED_EXAMPLE, new Date("2025-06-01T12:00:00Z"));
    const document = await doExport(user);
    const earlier = { ...document.assessments[0], id: "made-under-2026.1", frameworkVersion: "2026.1" };
    expect(await (await doImport(user, { ...document, assessments: [earlier] })).json()).toEqual({
      imported: 1,
      skipped: 0,
      reviewsImported: 0,
      reviewsSkipped: 0,
      dryRun: false,
    });
    const imported = await db.assessment.findUniqueOrThrow({ where: { id: "made-under-2026.1" }, include: { readiness: true } });
    expect(imported.frameworkVersion).toBe("2026.1");
    const dataScientist = imported.readiness.find((row) => row.roleSlug === "data-scientist")!;
    expect(dataScientist.readiness).toBeCloseTo(1 - 83 / 106, 10);
  });

  test("a body over 5 MB gets 413 before it is parsed", async () => {
    const response = await doImport(await createUser(), `{"format":"skillgap-export","padding":"${"x".repeat(5 * 1024 * 1024)}"}`);
    expect(response.status).toBe(413);
  });

  test("the CSV has one row per rating, quoted where needed", async () => {
    const user = await createUser();
    await saveAssessment(user, {
      ratings: [
        { skill: "eda", level: 3, note: 'says "hi", then\nleaves' },
        { skill: "cloud", level: 1, note: "=1+1" },
      ],
    });
    const response = await exportCsv(jsonRequest("/api/v1/export.csv", "GET", undefined, await session(user)), noContext);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const text = await response.text();
    const lines = text.trimEnd().split("\r\n");
    expect(lines[0]).toBe("assessment_id,created_at,framework_version,skill,level,note");
    expect(text).toContain(`,eda,3,"says ""hi"", then\nleaves"`);
    expect(text).toContain(",cloud,1,'=1+1");
    expect(lines).toHaveLength(3);
  });
});

describe("import limits: one request cannot take the server or the database hostage", () => {
  const skills = DEFAULT_FRAMEWORK.skills.map((skill) => skill.slug);
  /** An export of `count` assessments a minute apart, each rating every skill; patterns repeat every seven. */
  const documentOf = (count: number, prefix: string) => ({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    assessments: Array.from({ length: count }, (_, index) => ({
      id: `${prefix}-${index}`,
      createdAt: new Date(Date.UTC(2024, 0, 1, 0, index)).toISOString(),
      frameworkVersion: DEFAULT_FRAMEWORK.version,
      note: index % 2 ? `note ${index}` : null,
      ratings: skills.map((skill, position) => ({
        skill,
        level: (index + position) % 6,
        note: position === 0 ? `rated ${index}` : null,
        ...(position === 1 && index % 3 === 0 ? { byChoice: false } : {}),
      })),
    })),
  });
  const held = (user: TestUser) => db.assessment.count({ where: { userId: user.id } });
  const fillTo = (user: TestUser, count: number) => fillWithUnratedAssessments(user.id, count, `${user.id}-fill`);

  test(`the largest allowed import (${IMPORT_MAX_ASSESSMENTS.toLocaleString("en")} assessments) is stored whole: ratings, notes, dates and readiness`, async () => {
    const user = await createUser();
    const document = documentOf(IMPORT_MAX_ASSESSMENTS, "max");
    expect(await (await doImport(user, document)).json()).toEqual({
      imported: IMPORT_MAX_ASSESSMENTS,
      skipped: 0,
      reviewsImported: 0,
      reviewsSkipped: 0,
      dryRun: false,
    });

    const exported = await doExport(user);
    const bySkill = <T extends { skill: string }>(ratings: T[]) => ratings.toSorted((a, b) => a.skill.localeCompare(b.skill));
    const stored = exported.assessments.map(({ readiness, ratings, ...assessment }: (typeof exported.assessments)[number]) => ({
      ...assessment,
      ratings: bySkill(ratings),
    }));
    expect(stored).toEqual(document.assessments.map((assessment) => ({ ...assessment, ratings: bySkill(assessment.ratings) })));
    // Readiness is what a save by hand of the same ratings stores (the patterns repeat every seven assessments).
    for (let index = 0; index < 7; index++) {
      const byHand = await saveAssessment(await createUser(), {
        ratings: document.assessments[index]!.ratings.map(({ skill, level }) => ({ skill, level })),
      });
      for (const [role, readiness] of Object.entries(byHand.assessment.readiness)) {
        expect(exported.assessments[index].readiness[role]).toBe(readiness);
      }
    }
    // Dates are stored as every other write stores them: the history pages through them in order.
    const page = await (await assessmentsPage(user, "?limit=3")).json();
    expect(page.items.map((item: { id: string }) => item.id)).toEqual(["max-1999", "max-1998", "max-1997"]);
    const next = await (await assessmentsPage(user, `?limit=2&cursor=${page.nextCursor}`)).json();
    expect(next.items.map((item: { id: string }) => item.id)).toEqual(["max-1996", "max-1995"]);
  });

  test(`an import of more than ${IMPORT_MAX_ASSESSMENTS.toLocaleString("en")} assessments is refused naming the limit, and writes nothing`, async () => {
    const user = await createUser();
    const response = await doImport(user, documentOf(IMPORT_MAX_ASSESSMENTS + 1, "over"));
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields.assessments).toMatch(/at most 2,000 assessments/i);
    expect(await held(user)).toBe(0);
  });

  test(`an import that would take an account past ${ACCOUNT_MAX_ASSESSMENTS.toLocaleString("en")} assessments is refused naming the limit, and writes nothing`, async () => {
    const user = await createUser();
    await fillTo(user, ACCOUNT_MAX_ASSESSMENTS - 10);
    for (const query of ["?dryRun=1", ""]) {
      const refused = await doImport(user, documentOf(11, "last"), query);
      expect(refused.status).toBe(400);
      expect((await refused.json()).error.fields.assessments).toMatch(
        /at most 10,000 assessments: yours has 9,990, and this file would add 11/i,
      );
    }
    expect(await held(user)).toBe(ACCOUNT_MAX_ASSESSMENTS - 10);
    // Ids the account already has do not count against it: the file that fits goes through, and a re-import of it adds nothing.
    expect(await (await doImport(user, documentOf(10, "last"))).json()).toEqual({
      imported: 10,
      skipped: 0,
      reviewsImported: 0,
      reviewsSkipped: 0,
      dryRun: false,
    });
    expect(await (await doImport(user, documentOf(10, "last"))).json()).toEqual({
      imported: 0,
      skipped: 10,
      reviewsImported: 0,
      reviewsSkipped: 0,
      dryRun: false,
    });
    expect(await held(user)).toBe(ACCOUNT_MAX_ASSESSMENTS);
  });

  test("an import that the account outgrows while it runs is undone whole: the limit holds, and nothing of it is left", async () => {
    const user = await createUser();
    const base = ACCOUNT_MAX_ASSESSMENTS - IMPORT_MAX_ASSESSMENTS;
    await fillTo(user, base);
    const running = doImport(user, documentOf(IMPORT_MAX_ASSESSMENTS, "late"));
    // Once its first slice is written (so it has passed the count made before writing), a save by hand takes the last place.
    while ((await held(user)) === base) await new Promise((resolve) => setImmediate(resolve));
    await saveAssessment(user, { ratings: [{ skill: "eda", level: 2 }] });
    const refused = await running;
    expect(refused.status).toBe(400);
    expect((await refused.json()).error.fields.assessments).toMatch(/at most 10,000 assessments/i);
    expect(await held(user)).toBe(base + 1);
    expect(await db.assessment.count({ where: { userId: user.id, id: { startsWith: "late" } } })).toBe(0);
    expect(await db.roleReadiness.count({ where: { userId: user.id } })).toBe((base + 1) * DEFAULT_FRAMEWORK.roles.length);
  });
});

describe("imports of one account at once", () => {
  test("the same file twice at once is stored once: the second is refused with a 409 and writes nothing, never a 500", async () => {
    const user = await createUser();
    const document = {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      assessments: Array.from({ length: 500 }, (_, index) => ({
        id: `twice-${index}`,
        createdAt: new Date(Date.UTC(2024, 0, 1, 0, index)).toISOString(),
        frameworkVersion: DEFAULT_FRAMEWORK.version,
        ratings: [{ skill: "eda", level: index % 6 }],
      })),
    };
    const responses = await Promise.all([doImport(user, document), doImport(user, document)]);
    const [accepted, refused] = responses.toSorted((a, b) => a.status - b.status);
    expect(await accepted!.json()).toEqual({ imported: 500, skipped: 0, reviewsImported: 0, reviewsSkipped: 0, dryRun: false });
    expect(refused!.status).toBe(409);
    expect((await refused!.json()).error.message).toMatch(/an import is already running for this account/i);
    expect(await db.assessment.count({ where: { userId: user.id } })).toBe(500);
    // Once it is done, the file can be imported again, and everything in it is skipped.
    expect(await (await doImport(user, document)).json()).toEqual({
      imported: 0,
      skipped: 500,
      reviewsImported: 0,
      reviewsSkipped: 0,
      dryRun: false,
    });
  });
});

describe("imports of many accounts at once", () => {
  test(`beyond ${IMPORTS_AT_ONCE} imports at once on a server, one more is refused with a 503 and Retry-After, writing nothing; once they end, it goes through`, async () => {
    // Twenty full files parsed at once outgrew the server's bounded heap and took it down for everyone.
    const users = await Promise.all(Array.from({ length: IMPORTS_AT_ONCE + 1 }, () => createUser()));
    const documentFor = (user: TestUser) => ({
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      assessments: Array.from({ length: 500 }, (_, index) => ({
        id: `${user.id}-at-once-${index}`,
        createdAt: new Date(Date.UTC(2024, 0, 1, 0, index)).toISOString(),
        frameworkVersion: DEFAULT_FRAMEWORK.version,
        ratings: [{ skill: "eda", level: index % 6 }],
      })),
    });
    const responses = await Promise.all(users.map((user) => doImport(user, documentFor(user))));
    const refused = responses.filter((response) => response.status === 503);
    expect(responses.filter((response) => response.status === 200)).toHaveLength(IMPORTS_AT_ONCE);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.headers.get("retry-after")).toBe("5");
    expect((await refused[0]!.json()).error).toMatchObject({
      code: "server_busy",
      message: expect.stringMatching(/busy with other imports/),
    });
    const refusedUser = users[responses.indexOf(refused[0]!)]!;
    expect(await db.assessment.count({ where: { userId: refusedUser.id } })).toBe(0);

    expect(await (await doImport(refusedUser, documentFor(refusedUser))).json()).toEqual({
      imported: 500,
      skipped: 0,
      reviewsImported: 0,
      reviewsSkipped: 0,
      dryRun: false,
    });
  });
});
