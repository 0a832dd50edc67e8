import { expect, test } from "vitest";
import { z } from "zod";
import { fieldErrors } from "@/lib/schemas/field-errors";

test("unknown fields named like members of every object are named in the errors too", () => {
  const schema = z.strictObject({ name: z.string() });
  const result = schema.safeParse(JSON.parse('{"name":"Ada","__proto__":1,"constructor":2,"toString":3,"hasOwnProperty":4}'));
  expect(result.success).toBe(false);
  const fields = fieldErrors(result.error!);
  expect(Object.keys(fields)).toEqual(["__proto__", "constructor", "toString", "hasOwnProperty"]);
  expect(JSON.parse(JSON.stringify(fields))).toEqual(
    JSON.parse(
      '{"__proto__":"Unknown field.","constructor":"Unknown field.","toString":"Unknown field.","hasOwnProperty":"Unknown field."}',
    ),
  );
});
