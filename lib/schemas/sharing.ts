import { z } from "zod";
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
