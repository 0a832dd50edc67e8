import type { z } from "zod";
import type { FieldErrors } from "@/lib/domain/errors";

/**
 * One message per field, keyed by the field's path ("ratings.3.level"), so
 * the form can show it beside the input and the API can name it.
 */
export function fieldErrors(error: z.ZodError): FieldErrors {
  // No prototype: a field named "constructor" or "__proto__" is a key like any other,
  // not an inherited property that `??=` would take for an existing message.
  const fields: FieldErrors = Object.create(null);
  for (const issue of error.issues) {
    const keys = issue.code === "unrecognized_keys" ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    for (const path of keys) {
      const name = path.length ? path.map(String).join(".") : "body";
      fields[name] ??= issue.code === "unrecognized_keys" ? "Unknown field." : issue.message;
    }
  }
  return fields;
}
