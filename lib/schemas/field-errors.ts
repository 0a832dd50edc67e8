import type { z } from "zod";
import { FieldErrorList, type FieldErrors } from "@/lib/domain/errors";

/** Unknown keys named per object: an object of 96,000 made-up keys is answered with a few of them and a count. */
const UNKNOWN_KEYS_NAMED = 5;

/**
 * One message per field, keyed by the field's path ("ratings.3.level"), so
 * the form can show it beside the input and the API can name it; at most
 * MAX_FIELD_ERRORS of them, the rest counted.
 */
export function fieldErrorList(issues: readonly z.core.$ZodIssue[], into = new FieldErrorList()): FieldErrorList {
  const name = (path: readonly PropertyKey[]) => (path.length ? path.map(String).join(".") : "body");
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys.slice(0, UNKNOWN_KEYS_NAMED)) into.add(name([...issue.path, key]), "Unknown field.");
      into.countOmitted(Math.max(0, issue.keys.length - UNKNOWN_KEYS_NAMED));
    } else into.add(name(issue.path), issue.message);
  }
  return into;
}

export function fieldErrors(error: z.ZodError): FieldErrors {
  return fieldErrorList(error.issues).fields;
}
