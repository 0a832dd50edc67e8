import { z } from "zod";
import { MAX_EVIDENCE_PER_SKILL, MAX_UNMATCHED } from "@/lib/domain/posting-matcher";

/** A posting longer than this is refused: the requirements and responsibilities of any real one fit. */
export const POSTING_MAX_CHARS = 20_000;

const PASTE_A_POSTING = "Paste the text of a job posting.";

/** POST /roles/draft, and the form on /roles/new that sends it. */
export const roleDraftRequestSchema = z.strictObject({
  text: z
    .string({ error: PASTE_A_POSTING })
    .trim()
    .min(1, PASTE_A_POSTING)
    .max(POSTING_MAX_CHARS, "A posting has at most 20,000 characters: paste its requirements and responsibilities."),
});
export type RoleDraftRequest = z.output<typeof roleDraftRequestSchema>;

export const roleDraftSchema = z
  .strictObject({
    targets: z
      .array(
        z.strictObject({
          skill: z.string(),
          target: z.int().min(0).max(5).meta({ description: "0 when the posting does not name the skill." }),
          weight: z.int().min(1).max(3).meta({ description: "3 for a requirement, 2 for a responsibility, 1 for anything preferred." }),
          evidence: z
            .array(z.string())
            .max(MAX_EVIDENCE_PER_SKILL)
            .meta({ description: "The posting's phrases that produced the target." }),
        }),
      )
      .meta({ description: "Every skill of the catalogue, in catalogue order." }),
    unmatched: z
      .array(z.string())
      .max(MAX_UNMATCHED)
      .meta({ description: "Phrases of the posting's requirements and responsibilities that name none of the skills." }),
  })
  .meta({ id: "RoleDraft" });
export type RoleDraft = z.infer<typeof roleDraftSchema>;
