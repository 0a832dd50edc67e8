import { cache } from "react";
import type { NewAssessment, Rating } from "@/lib/domain/assessment";
import { db, Prisma } from "./client";
import { jsonRowsSource, jsonRowValue, jsonTextListQuery, type BulkColumnType } from "./dialect";
import { storedDate } from "./stored-date";
export { isUniqueViolation } from "./errors";

const assessmentSummarySelect = {
  id: true,
  createdAt: true,
  note: true,
  frameworkVersion: true,
  readiness: { select: { roleSlug: true, readiness: true, skillsMet: true, weightedShortfall: true } },
} as const;
const assessmentSelect = {
  ...assessmentSummarySelect,
  ratings: { select: { skillSlug: true, level: true, note: true, byChoice: true } },
} as const;

export type AssessmentRow = Prisma.AssessmentGetPayload<{ select: typeof assessmentSelect }>;

function createData(assessment: NewAssessment): Prisma.AssessmentCreateArgs["data"] {
  const { id, userId, createdAt, frameworkVersion, note, ratings, results, idempotencyKey } = assessment;
  return {
    ...(id ? { id } : {}),
    userId,
    createdAt,
    frameworkVersion,
    note,
    ratings: {
      createMany: {
        data: ratings.map(({ skill, level, note: ratingNote, byChoice }) => ({
          skillSlug: skill,
          level,
          note: ratingNote || null,
          byChoice: byChoice ?? true,
        })),
      },
    },
    readiness: {
      createMany: {
        data: results.map((result) => ({
          roleSlug: result.role,
          userId,
          createdAt,
          readiness: result.readiness,
          weightedShortfall: result.weightedShortfall,
          skillsMet: result.skillsMet,
        })),
      },
    },
    ...(idempotencyKey ? { idempotencyKeys: { create: { userId, ...idempotencyKey, createdAt } } } : {}),
  };
}

/**
 * Writes an assessment with its ratings and readiness rows in one write-only
 * transaction (no read inside: under SQLite's deferred transactions a read
 * before the first write invites SQLITE_BUSY). A stale key of the same name,
 * older than the idempotency window, is dropped in the same transaction.
 */
export async function insertAssessment(assessment: NewAssessment, keyExpiredBefore?: Date): Promise<{ id: string; createdAt: Date }> {
  const create = db.assessment.create({ data: createData(assessment), select: { id: true, createdAt: true } });
  if (!assessment.idempotencyKey || !keyExpiredBefore) return create;
  const [, created] = await db.$transaction([
    db.idempotencyKey.deleteMany({
      where: { userId: assessment.userId, key: assessment.idempotencyKey.key, createdAt: { lt: keyExpiredBefore } },
    }),
    create,
  ]);
  return created;
}

/** The columns of a bulk insert, each with its PostgreSQL type (SQLite takes JSON's values as they are). */
type BulkColumns = readonly (readonly [name: string, postgresType: BulkColumnType])[];

/**
 * One INSERT of many rows, sent as a single JSON parameter that the database
 * unpacks itself (SQLite's json_each, PostgreSQL's json_array_elements): a
 * parameter per value costs Prisma more than the database's whole insert.
 */
function bulkInsert(table: string, columns: BulkColumns, rows: readonly (readonly unknown[])[]) {
  const names = columns.map(([name]) => `"${name}"`).join(", ");
  const values = columns.map(([, type], index) => jsonRowValue(index, type)).join(", ");
  // Table and column names are this module's constants; the rows travel as the one bound parameter.
  return db.$executeRawUnsafe(`INSERT INTO "${table}" (${names}) SELECT ${values} FROM ${jsonRowsSource}`, JSON.stringify(rows));
}

// Values as Prisma's own writes store them, so that a bulk-inserted row equals one written by hand:
// dates as its SQLite adapter's text (storedDate), and a Float rounded to the 16 significant digits
// its query compiler sends.
const storedFloat = (value: number) => Number(value.toPrecision(16));

/**
 * Writes assessments that already have their ids, with their ratings and
 * readiness, and any other writes given, in one transaction: three
 * multi-row INSERTs, whatever the number of assessments.
 */
export async function insertAssessmentBatch(
  assessments: readonly (NewAssessment & { id: string })[],
  alongside: readonly Prisma.PrismaPromise<unknown>[] = [],
): Promise<void> {
  if (assessments.length === 0) {
    await db.$transaction([...alongside]);
    return;
  }
  await db.$transaction([
    bulkInsert(
      "Assessment",
      [
        ["id", "text"],
        ["userId", "text"],
        ["createdAt", "timestamp(3)"],
        ["frameworkVersion", "text"],
        ["note", "text"],
      ],
      assessments.map(({ id, userId, createdAt, frameworkVersion, note }) => [id, userId, storedDate(createdAt), frameworkVersion, note]),
    ),
    bulkInsert(
      "Rating",
      [
        ["assessmentId", "text"],
        ["skillSlug", "text"],
        ["level", "integer"],
        ["note", "text"],
        ["byChoice", "boolean"],
      ],
      assessments.flatMap(({ id, ratings }) =>
        ratings.map(({ skill, level, note, byChoice }) => [id, skill, level, note || null, byChoice ?? true]),
      ),
    ),
    bulkInsert(
      "RoleReadiness",
      [
        ["assessmentId", "text"],
        ["roleSlug", "text"],
        ["userId", "text"],
        ["createdAt", "timestamp(3)"],
        ["readiness", "double precision"],
        ["weightedShortfall", "double precision"],
        ["skillsMet", "integer"],
      ],
      assessments.flatMap(({ id, userId, createdAt, results }) =>
        results.map((result) => [
          id,
          result.role,
          userId,
          storedDate(createdAt),
          storedFloat(result.readiness),
          storedFloat(result.weightedShortfall),
          result.skillsMet,
        ]),
      ),
    ),
    ...alongside,
  ]);
}

export function countAssessments(userId: string): Promise<number> {
  return db.assessment.count({ where: { userId } });
}

/**
 * How many assessments the user holds, counted no further than `limit`: the
 * hand save's check of the account's cap walks at most that many entries of
 * the (userId, createdAt, id) index, and is raw because a model query costs
 * Prisma 6 about 0.3 ms of plan compilation on that hot path.
 */
export async function countAssessmentsUpTo(userId: string, limit: number): Promise<number> {
  const [row] = await db.$queryRaw<{ held: bigint | number }[]>`
    SELECT COUNT(*) AS "held" FROM (SELECT 1 FROM "Assessment" WHERE "userId" = ${userId} LIMIT ${limit}) AS "counted"`;
  return Number(row!.held);
}

/** Deletes these assessments of the user (their ratings and readiness go with them). */
export async function deleteAssessments(userId: string, ids: readonly string[]): Promise<void> {
  await db.assessment.deleteMany({ where: { userId, id: { in: [...ids] } } });
}

export async function findByIdempotencyKey(userId: string, key: string, notBefore: Date) {
  const row = await db.idempotencyKey.findUnique({
    where: { userId_key: { userId, key } },
    select: { createdAt: true, requestHash: true, assessment: { select: assessmentSummarySelect } },
  });
  return row && row.createdAt >= notBefore ? { requestHash: row.requestHash, assessment: row.assessment } : null;
}

export function findAssessment(userId: string, id: string): Promise<AssessmentRow | null> {
  return db.assessment.findFirst({ where: { id, userId }, select: assessmentSelect });
}

export function findLatestAssessment(userId: string): Promise<AssessmentRow | null> {
  return db.assessment.findFirst({ where: { userId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: assessmentSelect });
}

/**
 * The latest assessment's date and levels, for the dashboard: one raw
 * statement on its hot path (see findSessionUser for why raw). Memoised for
 * one server render (React's cache), where the dashboard's readiness, plan
 * and reminder sections each ask for it; a route handler reads it per call.
 */
export const findLatestLevels = cache(async function findLatestLevels(
  userId: string,
): Promise<{ createdAt: Date; ratings: Rating[] } | null> {
  const rows = await db.$queryRaw<{ createdAt: Date; skillSlug: string | null; level: number | null }[]>`
    SELECT a."createdAt", r."skillSlug", r."level"
    FROM "Assessment" a LEFT JOIN "Rating" r ON r."assessmentId" = a."id"
    WHERE a."id" = (SELECT "id" FROM "Assessment" WHERE "userId" = ${userId} ORDER BY "createdAt" DESC, "id" DESC LIMIT 1)`;
  if (rows.length === 0) return null;
  const ratings = rows.flatMap((row) => (row.skillSlug === null ? [] : [{ skill: row.skillSlug, level: Number(row.level) }]));
  return { createdAt: rows[0]!.createdAt, ratings };
});

/**
 * A page of assessments, newest first, plus the assessment just older than
 * the page (to count what changed in its last item). Keyset pagination on
 * (createdAt, id), so a save during paging neither repeats nor skips rows.
 */
export async function listAssessmentPage(userId: string, limit: number, cursor?: { createdAt: Date; id: string }) {
  const rows = await db.assessment.findMany({
    where: {
      userId,
      ...(cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: assessmentSelect,
  });
  return { rows: rows.slice(0, limit), hasMore: rows.length > limit, previous: rows[limit] ?? null };
}

/** Up to `take` of the user's assessments with their ratings, oldest first, from just after `after` (or from the first). */
export function listAssessmentsAfter(
  userId: string,
  after: { createdAt: Date; id: string } | null,
  take: number,
): Promise<AssessmentRow[]> {
  return db.assessment.findMany({
    where: {
      userId,
      ...(after && { OR: [{ createdAt: { gt: after.createdAt } }, { createdAt: after.createdAt, id: { gt: after.id } }] }),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take,
    select: assessmentSelect,
  });
}

/** Who owns each of these ids that exists: one statement however many (they travel as one JSON parameter, as in bulkInsert). */
export async function findExistingAssessmentIds(ids: readonly string[]) {
  const rows = await db.$queryRawUnsafe<{ id: string; userId: string }[]>(
    `SELECT "id", "userId" FROM "Assessment" WHERE "id" IN (${jsonTextListQuery})`,
    JSON.stringify(ids),
  );
  return new Map(rows.map((row) => [row.id, row.userId]));
}

/** The date and levels of the user's latest assessment made before a moment, or null when there is none. */
export async function findLevelsBefore(userId: string, before: Date): Promise<{ createdAt: Date; ratings: Rating[] } | null> {
  const row = await db.assessment.findFirst({
    where: { userId, createdAt: { lt: before } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { createdAt: true, ratings: { select: { skillSlug: true, level: true } } },
  });
  return row && { createdAt: row.createdAt, ratings: row.ratings.map(({ skillSlug, level }) => ({ skill: skillSlug, level })) };
}
