import type { z } from "zod";
import { validationFailed } from "@/lib/domain/errors";
import { fieldErrors } from "@/lib/schemas/field-errors";
import { DEFAULT_BODY_LIMIT, readJson } from "./respond";

/** Parses input with the one zod schema for it, or throws a 400 naming the fields at fault. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationFailed(fieldErrors(result.error));
  return result.data;
}

/** The query string, typed by its schema (`?limit=50` arrives as the number 50). */
export function parseQuery<S extends z.ZodType>(schema: S, request: Request): z.output<S> {
  return parseInput(schema, Object.fromEntries(new URL(request.url).searchParams));
}

/** The JSON body, read under the mutation guard (origin, content type, size), then typed by its schema. */
export async function parseBody<S extends z.ZodType>(schema: S, request: Request, limitBytes = DEFAULT_BODY_LIMIT): Promise<z.output<S>> {
  return parseInput(schema, await readJson(request, limitBytes));
}

/** An optional header, typed by its schema; a bad value is a 400 naming the header. */
export function parseHeader<S extends z.ZodType>(schema: S, request: Request, name: string): z.output<S> | undefined {
  const value = request.headers.get(name);
  if (value === null) return undefined;
  const result = schema.safeParse(value);
  if (!result.success) throw validationFailed({ [name]: result.error.issues[0]!.message });
  return result.data;
}
