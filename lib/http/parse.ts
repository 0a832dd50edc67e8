import { z } from "zod";
import { FieldErrorList, validationFailed } from "@/lib/domain/errors";
import { yieldToEventLoop } from "@/lib/async/event-loop";
import { fieldErrorList } from "@/lib/schemas/field-errors";
import { readJson } from "./respond";

/** Parses input with the one zod schema for it, or throws a 400 naming the fields at fault. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw fieldErrorList(result.error.issues).toError();
  return result.data;
}

/** The query string, typed by its schema (`?limit=50` arrives as the number 50). */
export function parseQuery<S extends z.ZodType>(schema: S, request: Request): z.output<S> {
  return parseInput(schema, Object.fromEntries(new URL(request.url).searchParams));
}

/** The JSON body, read under the mutation guard (origin, content type, size), then typed by its schema. */
export async function parseBody<S extends z.ZodType>(schema: S, request: Request): Promise<z.output<S>> {
  return parseInput(schema, await readJson(request));
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
  [K in keyof S["shape"]]: NonNullable<z.output<S["shape"][K]>> extends unknown[] ? K : never;
}[keyof S["shape"]] &
  string;

const LENGTH_CHECKS = new Set(["max_length", "min_length", "length_equals"]);
const checksOf = (list: z.ZodArray<z.ZodType>) => (list.def.checks ?? []) as z.core.$ZodCheck<unknown[]>[];

/**
 * parseBody for a body holding long lists (an import's assessments and
 * reviews): the same schema, result and fields named, but no single block of
 * work as long as the body and no error as long as the body. The rest of the
 * body is checked first, then each list's length (a list too long is refused
 * before any of its items is looked at), then its items a slice at a time with
 * the event loop served between slices, then the list's own checks (each id
 * once) over the validated items. Checking stops once MAX_FIELD_ERRORS fields
 * are named (a file wrong in thousands of places is wrong throughout), and the
 * answer says how many items were left unchecked.
 */
export async function parseBodyInSlices<S extends z.ZodObject>(
  schema: S,
  request: Request,
  lists: readonly ListKey<S>[],
): Promise<z.output<S>> {
  const body = await readJson(request);
  if (typeof body !== "object" || body === null || Array.isArray(body)) return parseInput(schema, body);
  const record = body as Record<string, unknown>;
  const present = lists.filter((list) => Array.isArray(record[list]));
  const rest = schema.safeParse({ ...record, ...Object.fromEntries(present.map((list) => [list, []])) });
  if (!rest.success) throw fieldErrorList(rest.error.issues).toError();
  const errors = new FieldErrorList();

  const parsed: Record<string, unknown[]> = {};
  for (const list of present) {
    const items = record[list] as unknown[];
    const field = schema.shape[list] as z.ZodType;
    const listSchema = (field instanceof z.ZodOptional ? field.unwrap() : field) as z.ZodArray<z.ZodType>;
    const length = z
      .array(z.unknown())
      .check(...checksOf(listSchema).filter((check) => LENGTH_CHECKS.has(check._zod.def.check)))
      .safeParse(items);
    if (!length.success) {
      fieldErrorList(prefixed(length.error.issues, list), errors);
      continue;
    }
    const validated: unknown[] = [];
    let itemsWrong = false;
    let checked = 0;
    while (checked < items.length && !errors.isFull) {
      if (checked > 0) await yieldToEventLoop();
      for (const item of items.slice(checked, checked + ITEMS_PER_SLICE)) {
        const result = listSchema.element.safeParse(item);
        if (result.success) validated.push(result.data);
        else {
          itemsWrong = true;
          fieldErrorList(prefixed(result.error.issues, list, checked), errors);
        }
        checked += 1;
        if (errors.isFull) break;
      }
    }
    errors.leftUnchecked(items.length - checked, list);
    if (itemsWrong || checked < items.length) continue;
    const listChecks = z
      .array(z.unknown())
      .check(...checksOf(listSchema))
      .safeParse(validated);
    if (listChecks.success) parsed[list] = validated;
    else fieldErrorList(prefixed(listChecks.error.issues, list), errors);
  }
  if (!errors.isEmpty) throw errors.toError();
  return { ...(rest.data as object), ...parsed } as z.output<S>;
}

const prefixed = (issues: readonly z.core.$ZodIssue[], ...path: PropertyKey[]) =>
  issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] }));
