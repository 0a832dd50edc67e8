import { expect, test } from "vitest";
import { createUser } from "../support/users";
import { WORKED_EXAMPLE } from "../support/assessments";
import { db } from "@/lib/db/client";
import { insertAssessment, insertAssessmentBatch } from "@/lib/db/assessments";
import { loadFramework } from "@/lib/db/framework";
import { storedReadinessSeries } from "@/lib/db/readiness";
import { newAssessment } from "@/lib/domain/assessment";

// Bulk inserts (imports) write dates and floats in the form Prisma's own writes use (storedDate, storedFloat in
// lib/db): were a Prisma upgrade to change that form, the two kinds of row would sort, compare and read differently.
test("an assessment written by Prisma and the same one bulk-inserted are stored alike, to the byte", async () => {
  const user = await createUser();
  const framework = await loadFramework();
  // A time with milliseconds, and readiness figures with many digits (83/106 and its neighbours).
  const createdAt = new Date("2026-03-01T09:30:15.123Z");
  const assessment = newAssessment(framework, user.id, WORKED_EXAMPLE, { createdAt });
  const byPrisma = await insertAssessment(assessment);
  await insertAssessmentBatch([{ ...assessment, id: "bulk-inserted" }]);

  const stored = await db.$queryRaw<{ assessmentId: string; roleSlug: string; createdAt: string; readiness: string }[]>`
    SELECT "assessmentId", "roleSlug", CAST("createdAt" AS TEXT) AS "createdAt", CAST("readiness" AS TEXT) AS "readiness"
    FROM "RoleReadiness" WHERE "userId" = ${user.id} ORDER BY "roleSlug", "assessmentId"`;
  expect(stored).toHaveLength(6);
  for (const role of ["data-scientist", "ml-engineer", "ml-researcher"]) {
    const [bulk, prisma] = ["bulk-inserted", byPrisma.id].map((id) =>
      stored.find((row) => row.assessmentId === id && row.roleSlug === role)!,
    );
    expect({ createdAt: bulk!.createdAt, readiness: bulk!.readiness }).toEqual({
      createdAt: prisma!.createdAt,
      readiness: prisma!.readiness,
    });
  }

  // And Prisma reads both back as the same instant and number.
  const read = await db.roleReadiness.findMany({ where: { userId: user.id }, orderBy: [{ roleSlug: "asc" }, { assessmentId: "asc" }] });
  expect(new Set(read.map((row) => row.createdAt.toISOString()))).toEqual(new Set([createdAt.toISOString()]));
  const dataScientist = read.filter((row) => row.roleSlug === "data-scientist").map((row) => row.readiness);
  expect(dataScientist[0]).toBe(dataScientist[1]);
  expect(dataScientist[0]).toBeCloseTo(1 - 83 / 106, 12);

  // The chart's read, which keeps dates as stored text, gives both the same text.
  const series = await storedReadinessSeries(user.id, "data-scientist");
  expect(series.dates).toEqual([series.dates[0], series.dates[0]]);
  expect(new Date(series.dates[0]!).toISOString()).toBe(createdAt.toISOString());
});
