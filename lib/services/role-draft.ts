import { draftFromPosting } from "@/lib/domain/posting-matcher";
import type { RoleDraft, RoleDraftRequest } from "@/lib/schemas/role-draft";

/** A role's targets proposed from a job posting; reads and writes nothing, so the same text always gives the same draft. */
export function draftRole(input: RoleDraftRequest): RoleDraft {
  return draftFromPosting(input.text);
}
