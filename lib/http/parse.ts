import { z } from "zod";
import { validationFailed } from "@/lib/domain/errors";
import { yieldToEventLoop } from "@/lib/async/event-loop";
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

/** Items parseBodyInSlices validates between two turns of the event loop: a few milliseconds' work. */
const ITEMS_PER_SLICE = 100;

type ListKey<S extends z.ZodObject> = {
  [K in keyof S["shape"]]: S["shape"][K] extends z.ZodArray<z.ZodType> ? K : never;
}[keyof S["shape"]] &
  string;

/**
 * parseBody for a body holding one long list (an import's assessments): the
 * same schema, result and fields named, but no single block of work as long
 * as the body. The rest of the body is checked first (a body wrong there is
 * refused before its items are looked at); then the list's items, a slice at
 * a time with the event loop served between slices (validating a full import
 * at once held the server for about 50 ms); then the list's own checks (how
 * many items, each id once) over the validated items.
 */
export async function parseBodyInSlices<S extends z.ZodObject>(
  schema: S,
  request: Request,
  list: ListKey<S>,
  limitBytes = DEFAULT_BODY_LIMIT,
): Promise<z.output<S>> {
  const body = await readJson(request, limitBytes);
  const items = typeof body === "object" && body !== null ? (body as Record<string, unknown>)[list] : undefined;
  // Not a list at all: the schema's own answer, which costs nothing long.
  if (!Array.isArray(items)) return parseInput(schema, body);
  const listSchema = schema.shape[list] as z.ZodArray<z.ZodType>;

  const rest = parseInput(schema.extend({ [list]: z.array(z.unknown()) }), body);
  const issues: z.core.$ZodIssue[] = [];
  const validated: unknown[] = [];
  for (let start = 0; start < items.length; start += ITEMS_PER_SLICE) {
    if (start > 0) await yieldToEventLoop();
    items.slice(start, start + ITEMS_PER_SLICE).forEach((item, offset) => {
      const result = listSchema.element.safeParse(item);
      if (result.success) validated.push(result.data);
      else issues.push(...result.error.issues.map((issue) => ({ ...issue, path: [start + offset, ...issue.path] })));
    });
  }
  if (!issues.length) {
    const listChecks = z
      .array(z.unknown())
      .check(...((listSchema.def.checks ?? []) as z.core.$ZodCheck<unknown[]>[]))
      .safeParse(validated);
    if (!listChecks.success) issues.push(...listChecks.error.issues);
  }
  if (issues.length)
    throw validationFailed(fieldErrors(new z.ZodError(issues.map((issue) => ({ ...issue, path: [list, ...issue.path] })))));
  return { ...rest, [list]: validated } as z.output<S>;
}
