import { z } from "zod";
import type { ReviewCalibration, ReviewSummary, ShareLinkSummary } from "@/lib/domain/sharing";
import { eachSkillOnce, ratingSchema } from "./assessment";

export const SHARE_DAYS_MAX = 90;
export const REVIEW_DAYS_MAX = 30;
export const REVIEW_DAYS_DEFAULT = 14;
export const REVIEWER_NAME_MAX = 100;

const daysSchema = (max: number) => {
  const message = `expiresInDays is a whole number from 1 to ${max}.`;
  return z.number({ error: message }).int(message).min(1, message).max(max, message);
};

/** POST /shares: how long the read-only link lives, and whether it shows the owner's notes. */
export const createShareSchema = z.strictObject({
  expiresInDays: daysSchema(SHARE_DAYS_MAX),
  showNotes: z.boolean({ error: "showNotes is true or false." }),
});
export type CreateShareInput = z.infer<typeof createShareSchema>;

/** POST /reviews: who is asked, and how long their single-use link lives. */
export const createReviewSchema = z.strictObject({
  reviewerName: z
    .string({ error: "Give the reviewer's name." })
    .trim()
    .min(1, "Give the reviewer's name.")
    .max(REVIEWER_NAME_MAX, `A name has at most ${REVIEWER_NAME_MAX} characters.`),
  expiresInDays: daysSchema(REVIEW_DAYS_MAX).optional(),
});
export type CreateReviewInput = z.infer<typeof createReviewSchema>;

/** POST /reviews/{token}/response: the reviewer's level (and optional note) per skill, on the assessment's scale. */
export const reviewResponseSchema = z
  .strictObject({
    ratings: z.array(ratingSchema, { error: "Send the ratings as a list." }).min(1, "Rate every skill.").max(100, "Too many ratings."),
  })
  .superRefine(eachSkillOnce);
export type ReviewResponseInput = z.infer<typeof reviewResponseSchema>;

const readinessByRole = z.record(z.string(), z.number().min(0).max(1)).meta({ description: "Per role slug, 0 to 1, unrounded." });

export const linkCreatedSchema = z
  .strictObject({
    id: z.string(),
    url: z.string().meta({ description: "The page's path with the link's token; shown this once, since only the token's hash is kept." }),
    expiresAt: z.iso.datetime(),
  })
  .meta({ id: "LinkCreated" });

export const shareListSchema: z.ZodType<ShareLinkSummary[]> = z
  .array(
    z.strictObject({
      id: z.string(),
      createdAt: z.iso.datetime(),
      expiresAt: z.iso.datetime(),
      expired: z.boolean(),
      showNotes: z.boolean(),
      viewCount: z.int().min(0),
    }),
  )
  .meta({ id: "ShareLinks", description: "Newest first; a revoked link is gone." });

export const reviewListSchema: z.ZodType<ReviewSummary[]> = z
  .array(
    z.strictObject({
      id: z.string(),
      reviewerName: z.string(),
      status: z.enum(["pending", "answered", "expired", "revoked"]),
      createdAt: z.iso.datetime(),
      expiresAt: z.iso.datetime(),
      answeredAt: z.iso.datetime().nullable(),
    }),
  )
  .meta({ id: "Reviews", description: "Newest first." });

export const calibrationSchema: z.ZodType<ReviewCalibration> = z
  .strictObject({
    id: z.string(),
    reviewerName: z.string(),
    answeredAt: z.iso.datetime(),
    selfAssessedAt: z.iso
      .datetime()
      .nullable()
      .meta({ description: "The owner's latest assessment before the review came in: the `self` side. Null when there was none." }),
    skills: z.array(
      z.strictObject({
        skill: z.string(),
        self: z.int().nullable(),
        reviewer: z.int(),
        difference: z.int().nullable().meta({ description: "self - reviewer." }),
      }),
    ),
    readiness: z.strictObject({ self: readinessByRole.nullable(), reviewer: readinessByRole }),
  })
  .meta({ id: "Calibration" });

export const reviewAnsweredSchema = z.strictObject({ answeredAt: z.iso.datetime() }).meta({ id: "ReviewAnswered" });
