import { describe, expect, test } from "vitest";
import { jsonRequest, noContext } from "../support/http";
import { createUser, newClientAddress, signedIn } from "../support/users";
import { allSkillsAt } from "../support/assessments";
import { GET as exportCsvRoute } from "@/app/api/v1/export.csv/route";
import { GET as exportRoute } from "@/app/api/v1/export/route";
import { POST as importRoute } from "@/app/api/v1/import/route";
import { POST as signUpRoute } from "@/app/api/v1/users/route";
import { db } from "@/lib/db/client";
import { DEFAULT_FRAMEWORK } from "@/lib/domain/framework";
import { MAX_FIELD_ERRORS } from "@/lib/domain/errors";
import { PUBLIC_BODY_LIMIT } from "@/lib/http/body-limits";
import { ACCOUNT_MAX_REVIEWS, EXPORT_FORMAT, EXPORT_VERSION, EXPORTS_AT_ONCE, IMPORT_MAX_ASSESSMENTS } from "@/lib/schemas/assessment";

type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string> } };

const exportOf = (parts: { assessments?: unknown[]; reviews?: unknown[] }) => ({
  format: EXPORT_FORMAT,
  version: EXPORT_VERSION,
  assessments: [],
  ...parts,
});
const assessment = (index: number, ratings: unknown[] = [{ skill: "eda", level: 2 }]) => ({
  id: `bounded-${index}`,
  createdAt: new Date(Date.UTC(2025, 0, 1) + index * 60_000).toISOString(),
  frameworkVersion: DEFAULT_FRAMEWORK.version,
  ratings,
});
const answeredReview = (index: number) => ({
  id: `review-${index}`,
  reviewerName: `Mentor ${index}`,
  createdAt: new Date(Date.UTC(2025, 0, 1)).toISOString(),
  expiresAt: new Date(Date.UTC(2025, 0, 15)).toISOString(),
  answeredAt: new Date(Date.UTC(2025, 0, 2)).toISOString(),
  ratings: allSkillsAt(3).map((rating) => ({ ...rating, note: "Seen in code review." })),
});

async function importAs(user: { id: string; email: string; sessionVersion: number }, document: unknown, query = "") {
  const { headers } = await signedIn(user);
  const text = JSON.stringify(document);
  const response = await importRoute(jsonRequest(`/api/v1/import${query}`, "POST", text, headers), noContext);
  return { response, text: await response.text() };
}

describe("an import's validation is bounded", () => {
  const everyRatingWrong = (ratingsEach: number) =>
    exportOf({
      assessments: Array.from({ length: IMPORT_MAX_ASSESSMENTS }, (_, index) =>
        assessment(
          index,
          Array.from({ length: ratingsEach }, () => ({ skill: "x", level: 9 })),
        ),
      ),
    });

  test("2,000 assessments with 97 wrong ratings each (5 MB, 580,000 values): refused before it is parsed, nothing written", async () => {
    const user = await createUser();
    const { response, text } = await importAs(user, everyRatingWrong(97), "?dryRun=1");
    expect(response.status).toBe(400);
    expect(JSON.parse(text)).toEqual({
      error: {
        code: "validation_failed",
        message: "The body holds more than 436,906 values: split it.",
        fields: { body: "The body holds more than 436,906 values: split it." },
      },
    });
    expect(await db.assessment.count({ where: { userId: user.id } })).toBe(0);
  });

  test.each([
    ["an import", ""],
    ["a dry run", "?dryRun=1"],
  ])(
    "%s of 2,000 assessments with 40 wrong ratings each: a 400 of a few KB naming 100 fields, checking no further, nothing written",
    async (_, query) => {
      const user = await createUser();
      const { response, text } = await importAs(user, everyRatingWrong(40), query);
      expect(response.status).toBe(400);
      const body = JSON.parse(text) as ErrorBody;
      expect(Object.keys(body.error.fields!)).toHaveLength(MAX_FIELD_ERRORS);
      expect(body.error.fields!["assessments.0.ratings.0.level"]).toBe("A level is a whole number from 0 to 5.");
      // The first two assessments have 79 problems each (40 levels, 39 repeats of their skill): checking stopped there.
      expect(body.error.message).toBe(
        "Some fields are not valid. The first 100 are named; 58 more problems are not. 1,998 more items of assessments were not checked.",
      );
      expect(text.length).toBeLessThan(16 * 1024);
      expect(await db.assessment.count({ where: { userId: user.id } })).toBe(0);
    },
  );

  test("a list longer than allowed is refused for its length alone: none of its items is looked at", async () => {
    const user = await createUser();
    const { response, text } = await importAs(
      user,
      exportOf({ assessments: Array.from({ length: IMPORT_MAX_ASSESSMENTS + 1 }, (_, index) => ({ id: index, ratings: "none" })) }),
    );
    expect(response.status).toBe(400);
    expect((JSON.parse(text) as ErrorBody).error.fields).toEqual({
      assessments: "At most 2,000 assessments can be imported at once: split the file.",
    });
  });
});

describe("importing reviews is sliced and capped", () => {
  test(`${ACCOUNT_MAX_REVIEWS.toLocaleString("en")} answered reviews are imported and counted; one more is refused naming the cap, writing nothing`, async () => {
    const user = await createUser();
    const reviews = Array.from({ length: ACCOUNT_MAX_REVIEWS }, (_, index) => answeredReview(index));
    const first = await importAs(user, exportOf({ reviews }));
    expect(first.response.status).toBe(200);
    expect(JSON.parse(first.text)).toEqual({ imported: 0, skipped: 0, reviewsImported: 1000, reviewsSkipped: 0, dryRun: false });
    expect(await db.review.count({ where: { userId: user.id } })).toBe(ACCOUNT_MAX_REVIEWS);
    expect(await db.reviewRating.count({ where: { review: { userId: user.id } } })).toBe(ACCOUNT_MAX_REVIEWS * 20);

    // The same file again: every review is already there.
    const again = await importAs(user, exportOf({ reviews }));
    expect(JSON.parse(again.text)).toMatchObject({ reviewsImported: 0, reviewsSkipped: 1000 });

    const oneMore = await importAs(user, exportOf({ assessments: [assessment(1)], reviews: [answeredReview(5000)] }));
    expect(oneMore.response.status).toBe(400);
    expect((JSON.parse(oneMore.text) as ErrorBody).error.fields).toEqual({
      reviews: "An account holds at most 1,000 reviews: yours has 1,000, and this file would add 1.",
    });
    expect(await db.review.count({ where: { userId: user.id } })).toBe(ACCOUNT_MAX_REVIEWS);
    expect(await db.assessment.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("bodies from people who have not signed in cost little", () => {
  const signUp = (body: string) =>
    signUpRoute(jsonRequest("/api/v1/users", "POST", body, { "x-forwarded-for": newClientAddress() }), noContext);

  test("a sign-up body over the public limit is refused with 413 before it is parsed", async () => {
    const keys = Object.fromEntries(Array.from({ length: 96_000 }, (_, index) => [`k${index}`, 1]));
    const response = await signUp(JSON.stringify(keys));
    expect(response.status).toBe(413);
    expect(((await response.json()) as ErrorBody).error.code).toBe("payload_too_large");
  });

  test("unknown keys are named briefly: the first five, and a count of the rest", async () => {
    const keys = Object.fromEntries(Array.from({ length: 5_000 }, (_, index) => [`k${index}`, 1]));
    const body = JSON.stringify({ email: "someone@example.test", password: "a long and unusual passphrase", ...keys });
    expect(body.length).toBeLessThan(PUBLIC_BODY_LIMIT);
    const response = await signUp(body);
    const text = await response.text();
    expect(response.status).toBe(400);
    const { error } = JSON.parse(text) as ErrorBody;
    expect(error.fields).toEqual(Object.fromEntries(["k0", "k1", "k2", "k3", "k4"].map((key) => [key, "Unknown field."])));
    expect(error.message).toContain("4,995 more problems are not.");
    expect(text.length).toBeLessThan(1024);
    expect(await db.user.count({ where: { email: "someone@example.test" } })).toBe(0);
  });
});

describe("exports are written in slices, a few at once", () => {
  test("the JSON and CSV exports of 450 assessments (three slices) hold every assessment once, oldest first", async () => {
    const user = await createUser();
    const { headers } = await signedIn(user);
    await importAs(user, exportOf({ assessments: Array.from({ length: 450 }, (_, index) => assessment(index)) }));
    const json = await exportRoute(jsonRequest("/api/v1/export", "GET", undefined, headers), noContext);
    const document = (await json.json()) as { assessments: { id: string }[]; format: string };
    expect(document.format).toBe(EXPORT_FORMAT);
    expect(document.assessments.map((entry) => entry.id)).toEqual(Array.from({ length: 450 }, (_, index) => `bounded-${index}`));
    const csv = await (await exportCsvRoute(jsonRequest("/api/v1/export.csv", "GET", undefined, headers), noContext)).text();
    const lines = csv.trimEnd().split("\r\n");
    expect(lines).toHaveLength(451);
    expect(lines[1]).toMatch(/^bounded-0,/);
    expect(lines[450]).toMatch(/^bounded-449,/);
  });

  test(`beyond ${EXPORTS_AT_ONCE} exports being written at once, one more is refused with a 503 and Retry-After; once one ends, it goes through`, async () => {
    const user = await createUser();
    const { headers } = await signedIn(user);
    await importAs(user, exportOf({ assessments: Array.from({ length: 10 }, (_, index) => assessment(index)) }));
    const exportNow = (route: typeof exportRoute, path: string) => route(jsonRequest(path, "GET", undefined, headers), noContext);
    // Answered, their bodies not yet read: each holds its place until its body ends.
    const running = [await exportNow(exportRoute, "/api/v1/export"), await exportNow(exportCsvRoute, "/api/v1/export.csv")];
    expect(running.map((response) => response.status)).toEqual([200, 200]);
    const refused = await exportNow(exportRoute, "/api/v1/export");
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("5");
    expect(((await refused.json()) as ErrorBody).error.code).toBe("server_busy");
    expect((await exportNow(exportCsvRoute, "/api/v1/export.csv")).status).toBe(503);

    await running[0]!.json();
    const next = await exportNow(exportRoute, "/api/v1/export");
    expect(next.status).toBe(200);
    await running[1]!.body!.cancel();
    await next.json();
    const last = await exportNow(exportCsvRoute, "/api/v1/export.csv");
    expect(last.status).toBe(200);
    // Read to the end, so that its place is given back before the next test file runs in this worker.
    expect((await last.text()).split("\r\n")).toHaveLength(12);
  });
});
