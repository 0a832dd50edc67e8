import type { z } from "zod";
import { validationFailed } from "@/lib/domain/errors";
import { fieldErrors } from "./field-errors";

/** Parses input with the one zod schema for it, or throws a 400 naming the fields at fault. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationFailed(fieldErrors(result.error));
  return result.data;
}
