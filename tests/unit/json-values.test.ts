import { expect, test } from "vitest";
import { countJsonValues } from "@/lib/http/json-values";

test.each([
  ["a lone number", "1", 1],
  ["an object of two fields, one a list of three", '{"a":1,"b":[1,2,3]}', 6],
  ["commas, braces and brackets inside strings do not count", '{"a":"x,y{[","b":"]}"}', 3],
  ["an escaped quote does not end a string", '{"a":"say \\"hi, there\\" {","b":1}', 3],
  ["an escaped backslash before a closing quote does", '["a\\\\",1,2]', 4],
  ["empty objects: the list, and each object and comma", "[{},{},{}]", 7],
])("%s", (_, text, expected) => {
  expect(countJsonValues(text)).toBe(expected);
  expect(() => JSON.parse(text)).not.toThrow();
});
