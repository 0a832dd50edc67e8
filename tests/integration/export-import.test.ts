import { describe, expect, test } from "vitest";
import { checkedAgainstSchema } from "../support/api-schema";
import { jsonRequest, noContext } from "../support/http";
import { createUser, GOOD_PASSWORD, newClientAddress, signedIn, type TestUser } from "../support/users";
import { allSkillsAt, recordAssessmentAt, WORKED_EXAMPLE } from "../support/assessments";
import { GET as exportJsonUnchecked } from "@/app/api/v1/export/route";
import { GET as exportCsvUnchecked } from "@/app/api/v1/export.csv/route";
import { POST as importRouteUnchecked } from "@/app/api/v1/import/route";
import { db } from "@/lib/db/client";
import { deleteAccount } from "@/lib/services/account";
import { saveAssessment } from "@/lib/services/assessments";
import { importData } from "@/lib/services/import-data";
import { signUp } from "@/lib/services/sign-up";

const exportJson = checkedAgainstSchema("GET /export", exportJsonUnchecked);
const exportCsv = checkedAgainstSchema("GET /export.csv", exportCsvUnchecked);
const importRoute = checkedAgainstSchema("POST /import", importRouteUnchecked);

const session = async (user: TestUser) => (await signedIn(user)).headers;
const doExport = async (user: TestUser) =>
  (await exportJson(jsonRequest("/api/v1/export", "GET", undefined, await session(user)), noContext)).json();
const doImport = async (user: TestUser, body: unknown, query = "") =>
  importRoute(jsonRequest(`/api/v1/import${query}`, "POST", body, await session(user)), noContext);
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
    expect(await (await doImport(again, exported, "?dryRun=1")).json()).toEqual({ imported: 2, skipped: 0, dryRun: true });
    expect(await db.assessment.count({ where: { userId: again.id } })).toBe(0);
    expect((await doImport(again, { ...exported, version: 9 }, "?dryRun=1")).status).toBe(400);
    expect((await doImport(again, exported, "?dryRun=yes")).status).toBe(400);
    const response = await doImport(again, exported);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ imported: 2, skipped: 0, dryRun: false });
    expect(comparable(await doExport(again))).toEqual(comparable(exported));

    // Importing the same document again skips what is already there.
    expect(await importData(again, exported)).toEqual({ imported: 0, skipped: 2, dryRun: false });
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
    expect(await importData(intruder, document)).toEqual({ imported: 1, skipped: 0, dryRun: false });
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
