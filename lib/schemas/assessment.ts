import { z } from "zod";
import { DAY_MS } from "@/lib/domain/time";
import { exportedPlanSchema } from "./plan";

export const NOTE_MAX = 500;
export const ASSESSMENT_NOTE_MAX = 1000;
export const IDEMPOTENCY_KEY_MAX = 100;

const note = (max: number) => z.string({ error: "A note is text." }).trim().max(max, `A note has at most ${max} characters.`);

export const ratingSchema = z.strictObject({
  skill: z.string({ error: "Name the skill by its slug." }).min(1, "Name the skill by its slug.").max(64, "Unknown skill."),
  level: z
    .number({ error: "A level is a whole number from 0 to 5." })
    .int("A level is a whole number from 0 to 5.")
    .min(0, "A level is a whole number from 0 to 5.")
    .max(5, "A level is a whole number from 0 to 5."),
  note: note(NOTE_MAX).optional(),
});

/** Each skill at most once per assessment (or review). */
export function eachSkillOnce(input: { ratings: readonly { skill: string }[] }, context: z.RefinementCtx) {
  const seen = new Set<string>();
  input.ratings.forEach((rating, index) => {
    if (seen.has(rating.skill))
      context.addIssue({ code: "custom", path: ["ratings", index, "skill"], message: "This skill is rated twice." });
    seen.add(rating.skill);
  });
}

/** POST /assessments: the ratings of the skills the user rated (an unrated skill counts as 0). */
export const saveAssessmentSchema = z
  .strictObject({
    ratings: z.array(ratingSchema, { error: "Send the ratings as a list." }).max(100, "Too many ratings."),
    note: note(ASSESSMENT_NOTE_MAX).optional(),
    rateUnratedAsZero: z
      .boolean({ error: "rateUnratedAsZero is true or false." })
      .optional()
      .meta({ description: "Save every skill missing from ratings as 0 (None), recorded as not rated by choice." }),
  })
  .superRefine(eachSkillOnce)
  .refine((input) => input.ratings.length > 0 || input.rateUnratedAsZero === true, {
    path: ["ratings"],
    message: "Rate at least one skill (or send rateUnratedAsZero: true to save every skill as 0).",
  });
export type SaveAssessmentInput = z.input<typeof saveAssessmentSchema>;
export type SaveAssessmentData = z.output<typeof saveAssessmentSchema>;

export const idempotencyKeySchema = z
  .string()
  .min(8, "An Idempotency-Key has 8 to 100 characters.")
  .max(IDEMPOTENCY_KEY_MAX, "An Idempotency-Key has 8 to 100 characters.")
  .regex(/^[\w.:-]+$/, "An Idempotency-Key uses letters, digits and . _ : - only.");

const readinessByRole = z
  .record(z.string(), z.number().min(0).max(1))
  .meta({ description: "Readiness per role slug, 0 to 1, unrounded, as stored when the assessment was saved." });

/** POST /assessments answers with this; the list and the detail extend it. */
export const assessmentSummarySchema = z
  .strictObject({
    id: z.string(),
    createdAt: z.iso.datetime(),
    note: z.string().nullable(),
    frameworkVersion: z.string(),
    readiness: readinessByRole,
  })
  .meta({ id: "AssessmentSummary" });
export type AssessmentSummary = z.infer<typeof assessmentSummarySchema>;

export const assessmentDetailSchema = assessmentSummarySchema
  .extend({
    ratings: z.array(
      z.strictObject({
        skill: z.string(),
        level: z.int().min(0).max(5),
        note: z.string().nullable(),
        byChoice: z.boolean().meta({ description: "false: left unrated and saved as 0 at the user's request." }),
      }),
    ),
    unratedSkills: z
      .array(z.string())
      .meta({ description: "Skills the user did not rate themselves (absent, or saved as 0 without a choice); each counts as 0." }),
  })
  .meta({ id: "AssessmentDetail" });
export type AssessmentDetail = z.infer<typeof assessmentDetailSchema>;

export const assessmentListItemSchema = assessmentSummarySchema
  .extend({
    changedSkills: z
      .int()
      .nullable()
      .meta({ description: "Skills whose level differs from the assessment before; null for the first one." }),
  })
  .meta({ id: "AssessmentListItem" });
export type AssessmentListItem = z.infer<typeof assessmentListItemSchema>;

export const assessmentPageSchema = z
  .strictObject({
    items: z.array(assessmentListItemSchema).meta({ description: "Newest first." }),
    nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page." }),
  })
  .meta({ id: "AssessmentPage" });
export type AssessmentPage = z.infer<typeof assessmentPageSchema>;

export const LIST_LIMIT_MAX = 100;

export const listAssessmentsSchema = z.strictObject({
  limit: z.coerce
    .number({ error: "limit is a whole number from 1 to 100." })
    .int("limit is a whole number from 1 to 100.")
    .min(1, "limit is a whole number from 1 to 100.")
    .max(LIST_LIMIT_MAX, "limit is a whole number from 1 to 100.")
    .default(20),
  cursor: z.string().min(1).max(200, "This cursor is not one the API gave out.").optional(),
});
export type AssessmentListQuery = z.output<typeof listAssessmentsSchema>;

/**
 * An imported assessment's date: not before 2000 and not in the future (a
 * day's slack for clocks). A date beyond year 9999 cannot even be stored, and
 * one in the future would stay the "latest" assessment for good.
 */
function isPlausibleAssessmentDate(value: string): boolean {
  const time = new Date(value).getTime();
  return time >= Date.UTC(2000, 0, 1) && time <= Date.now() + DAY_MS;
}

/** Each assessment id at most once per import: the second would collide with the first. */
function eachIdOnce(assessments: readonly { id: string }[], context: z.RefinementCtx) {
  const seen = new Set<string>();
  assessments.forEach((assessment, index) => {
    if (seen.has(assessment.id)) context.addIssue({ code: "custom", path: [index, "id"], message: "This id appears twice in the file." });
    seen.add(assessment.id);
  });
}

export const EXPORT_FORMAT = "skillgap-export";
export const EXPORT_VERSION = 1;
export const IMPORT_BODY_LIMIT = 5 * 1024 * 1024;
/** Assessments one import may hold: bounds the work a single request can ask of the server. */
export const IMPORT_MAX_ASSESSMENTS = 2_000;
/**
 * Imports one server process runs at once, whoever asks: each holds its parsed
 * file (tens of MB for a full one) until written, so twenty at once would
 * outgrow the server's bounded heap (scripts/server-node-flags.mjs). More get
 * a 503 with Retry-After, before their body is read.
 */
export const IMPORTS_AT_ONCE = 2;
/**
 * Exports one server process writes at once: each reads the database a slice
 * at a time while its client downloads, so a few at once share the server's
 * time with everyone else. More get a 503 with Retry-After.
 */
export const EXPORTS_AT_ONCE = 2;
/** Assessments an import may bring an account to (about five years of two a day), its own included. */
export const ACCOUNT_MAX_ASSESSMENTS = 10_000;
/** Reviews an account may hold after an import, answered or not: far more than links can make (10 live, 30 an hour). */
export const ACCOUNT_MAX_REVIEWS = 1_000;

/** The JSON export, and so the import's input: versioned so a later format can still read this one. */
export const exportDocumentSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT, { error: `This is not a Skillgap export (format must be "${EXPORT_FORMAT}").` }),
    version: z.literal(EXPORT_VERSION, { error: `Only export version ${EXPORT_VERSION} can be imported.` }),
    exportedAt: z.string().optional(),
    profile: z
      .object({
        email: z.string().optional(),
        name: z.string().nullable().optional(),
        targetRole: z.string().nullable().optional(),
        goalDate: z.string().nullable().optional(),
        goalReadiness: z.number().optional(),
      })
      .optional(),
    assessments: z
      .array(
        z
          .object({
            id: z.string().min(1).max(64),
            createdAt: z.iso
              .datetime({ offset: true, error: "Use an ISO 8601 date-time." })
              .refine(isPlausibleAssessmentDate, "Use a date between 2000 and today."),
            frameworkVersion: z.string().min(1).max(32),
            note: note(ASSESSMENT_NOTE_MAX).nullable().optional(),
            ratings: z
              .array(ratingSchema.extend({ note: note(NOTE_MAX).nullable().optional(), byChoice: z.boolean().optional() }))
              .max(100),
            readiness: z.record(z.string(), z.number()).optional(),
          })
          .superRefine(eachSkillOnce),
      )
      .max(
        IMPORT_MAX_ASSESSMENTS,
        `At most ${IMPORT_MAX_ASSESSMENTS.toLocaleString("en")} assessments can be imported at once: split the file.`,
      )
      .superRefine(eachIdOnce),
    // Mentor reviews: an import restores the answered ones (their links are not restored).
    reviews: z
      .array(
        z
          .object({
            id: z.string().min(1).max(64),
            reviewerName: z.string().trim().min(1).max(100),
            createdAt: z.iso.datetime({ offset: true, error: "Use an ISO 8601 date-time." }),
            expiresAt: z.iso.datetime({ offset: true, error: "Use an ISO 8601 date-time." }),
            answeredAt: z.iso
              .datetime({ offset: true, error: "Use an ISO 8601 date-time." })
              .refine(isPlausibleAssessmentDate, "Use a date between 2000 and today.")
              .nullable(),
            ratings: z.array(ratingSchema.extend({ note: note(NOTE_MAX).nullable().optional() })).max(100),
          })
          .superRefine(eachSkillOnce),
      )
      .max(ACCOUNT_MAX_REVIEWS, `At most ${ACCOUNT_MAX_REVIEWS.toLocaleString("en")} reviews can be imported at once.`)
      .superRefine(eachIdOnce)
      .optional(),
    // Share links are listed for the record; a link is never restored, since its token is not kept.
    shareLinks: z.array(z.unknown()).optional(),
    plan: exportedPlanSchema.optional(),
    // Workspace memberships are listed for the record (your side only); an import never joins a workspace.
    workspaces: z.array(z.unknown()).optional(),
  })
  .meta({ id: "ExportDocument" });
export type ExportDocument = z.infer<typeof exportDocumentSchema>;

/** POST /import?dryRun=1: validate and count exactly as an import would, and write nothing. */
export const importQuerySchema = z.strictObject({
  dryRun: z
    .literal("1", { error: 'dryRun is "1" (a preview that writes nothing) or absent.' })
    .optional()
    .meta({ description: "1: validate and count, write nothing." }),
});

export type ImportQuery = z.output<typeof importQuerySchema>;

export const importResultSchema = z
  .strictObject({
    imported: z.int().min(0).meta({ description: "Assessments imported (on a dry run: that would be)." }),
    skipped: z.int().min(0).meta({ description: "Assessments the account already had (same id)." }),
    reviewsImported: z.int().min(0).meta({ description: "Answered reviews imported (on a dry run: that would be)." }),
    reviewsSkipped: z.int().min(0).meta({ description: "Answered reviews the account already had (same id)." }),
    dryRun: z.boolean().meta({ description: "true: nothing was written." }),
  })
  .meta({ id: "ImportResult" });
export type ImportResult = z.infer<typeof importResultSchema>;
