import fc from "fast-check";
import { FRAMEWORK_VERSION } from "@/lib/domain/framework";
import { countJsonValues, maxJsonValues } from "@/lib/http/json-values";

/**
 * Generators of bad requests for the JSON API, for property tests. A case
 * carries what the answer must be: the status, and for a validation failure
 * the field at fault (the key the error's `fields` must name), so one
 * property covers every route: never a 5xx, always the error shape with the
 * field, nothing written.
 *
 * Bodies are built as JSON text, not with JSON.stringify alone, so they can
 * hold what JavaScript values cannot: 1e309, -0, keys named __proto__.
 */

export const SKILLS = [
  "programming",
  "statistics",
  "mathematics",
  "data-visualization",
  "eda",
  "feature-engineering",
  "ml-frameworks",
  "model-building",
  "ml-theory",
  "research-methods",
  "algorithm-design",
  "publishing",
  "software-engineering",
  "cloud",
  "mlops",
  "containers",
  "api-development",
  "linux-production",
  "monitoring",
  "business-domain",
] as const;
export const ROLES = ["data-scientist", "ml-engineer", "ml-researcher"] as const;
export const MB = 1024 * 1024;
/** The routes used without signing in take small bodies (lib/http/body-limits.ts). */
const PUBLIC_LIMIT = 64 * 1024;

export type Expectation =
  /** A refusal: this status, with this code and/or naming this field. */
  | { status: number; code?: string; field?: string }
  /** Possibly accepted: any answer but a 5xx (a refusal still has the error shape and writes nothing). */
  | { status: "not-5xx" };

export interface Case {
  route: string;
  label: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  /** JSON text or raw bytes; undefined for no body. */
  body?: string | Uint8Array;
  /** Send the body in chunks without a Content-Length. */
  chunked?: boolean;
  expect: Expectation;
}

// ---------------------------------------------------------------------------
// JSON text with raw parts

/** A piece of JSON text inserted as is (1e309, -0, deep nesting). */
export class Raw {
  constructor(readonly text: string) {}
}
/** An object as an ordered list of entries, so any key (even "__proto__") is an ordinary key. */
export class Obj {
  constructor(readonly entries: readonly (readonly [string, unknown])[]) {}
  get(key: string): unknown {
    return this.entries.find(([name]) => name === key)?.[1];
  }
}
const DELETE = Symbol("delete");

export function toJson(value: unknown): string {
  if (value instanceof Raw) return value.text;
  if (value instanceof Obj) return `{${value.entries.map(([key, item]) => `${JSON.stringify(key)}:${toJson(item)}`).join(",")}}`;
  if (Array.isArray(value)) return `[${value.map(toJson).join(",")}]`;
  return JSON.stringify(value);
}

/** A copy of `root` with the value at `path` replaced (or deleted, or added when the key is new). */
function setAt(root: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (root === undefined && typeof head === "string") root = new Obj([]);
  if (root instanceof Obj) {
    const key = String(head);
    const current = root.get(key);
    const next = rest.length ? setAt(current, rest, value) : value;
    const exists = root.entries.some(([name]) => name === key);
    if (next === DELETE) return new Obj(root.entries.filter(([name]) => name !== key));
    return new Obj(
      exists ? root.entries.map(([name, item]) => [name, name === key ? next : item] as const) : [...root.entries, [key, next] as const],
    );
  }
  if (Array.isArray(root)) {
    const index = Number(head);
    const copy = [...root];
    const next = rest.length ? setAt(copy[index], rest, value) : value;
    if (next === DELETE) copy.splice(index, 1);
    else copy[index] = next;
    return copy;
  }
  throw new Error(`cannot set ${path.join(".")} in ${toJson(root).slice(0, 80)}`);
}

// ---------------------------------------------------------------------------
// Values

/** Strings that have broken parsers before: NUL, lone surrogates, bidi overrides, zero-width and combining marks, full-width letters. */
export const UNICODE_EDGES = [
  "\u0000",
  "\ud800",
  "\udfff",
  "\ud83d",
  "\u202e",
  "\u200b",
  "\ufeff",
  "\u2028",
  "\uffff",
  "\u{10ffff}",
  "e\u0301",
  "👩‍👩‍👧‍👦",
  "𝕏",
  "İ",
  "ß",
  "\u00a0",
  "ｐｒｏｇｒａｍｍｉｎｇ",
  "\t",
  "\r\n",
  "\u001b[31m",
  "%00",
  "%E0%A4%A",
];
const SPECIALS = ["a", "-", "%", "/", "\\", '"', "'", "<script>", "${x}", "../", ".", "|", "?", "#", "&", "="];

export const edgeString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...UNICODE_EDGES),
  fc.array(fc.constantFrom(...UNICODE_EDGES, ...SPECIALS), { minLength: 1, maxLength: 6 }).map((parts) => parts.join("")),
  fc.string({ unit: "binary", minLength: 1, maxLength: 12 }),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 8 }),
  fc.string({ minLength: 1, maxLength: 30 }),
);

/**
 * A string longer than `max` even after trimming, of plain or awkward
 * characters; up to 10,000 characters (at most 60 KB as JSON, under the 64 KB
 * of the routes used without signing in). Lengths are in code points, as zod counts them.
 */
export function tooLong(max: number, { upTo = 10_000 } = {}): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom("x", "é", "😀", "\u0000", "\ud800", "\u202e", "a b", "<"),
      fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constant(max * 3), fc.constant(upTo)),
    )
    .map(([unit, length]) => `a${unit.repeat(Math.ceil(Math.max(length, max) / [...unit].length))}z`);
}

/** Numbers as JSON text, including what JavaScript cannot write: 1e309 (Infinity), -0, 1e-400 (0). */
export const numberText: fc.Arbitrary<Raw> = fc
  .oneof(
    fc.constantFrom("0", "-0", "1e309", "-1e309", "1e-400", "3.5", "-1", "123456789012345678901234567890", "1E2", "6", "0.1", "2"),
    fc.integer().map(String),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => JSON.stringify(value)),
  )
  .map((text) => new Raw(text));

const deepArray = fc.integer({ min: 2, max: 20_000 }).map((depth) => new Raw("[".repeat(depth) + "]".repeat(depth)));
const deepObject = fc.integer({ min: 2, max: 5_000 }).map((depth) => new Raw('{"a":'.repeat(depth) + "1" + "}".repeat(depth)));
export const deepNesting = fc.oneof(deepArray, deepObject);

type Kind = "string" | "number" | "array" | "object" | "boolean";

/** A JSON value of any type but `kind` (null too, unless the field may be null). */
export function wrongType(kind: Kind, { nullable = false } = {}): fc.Arbitrary<unknown> {
  const options: fc.Arbitrary<unknown>[] = [];
  if (kind !== "string") options.push(edgeString, fc.constantFrom("3", "", "true", "null", "[]"));
  if (kind !== "number") options.push(numberText);
  if (kind !== "boolean") options.push(fc.boolean());
  if (!nullable) options.push(fc.constant(null));
  if (kind !== "array") options.push(fc.constantFrom(new Raw("[]"), new Raw("[1]"), new Raw('["a"]')), deepArray);
  if (kind !== "object") options.push(fc.constantFrom(new Raw("{}"), new Raw('{"a":1}')), deepObject);
  return fc.oneof(...options);
}

/** Not a level: outside 0-5, fractional, Infinity, beyond safe integers. */
export const badLevel: fc.Arbitrary<unknown> = fc.oneof(
  fc
    .constantFrom(
      "-1",
      "6",
      "2.5",
      "1e309",
      "-1e309",
      "9007199254740993",
      "1e300",
      "-0.5",
      "5.5",
      "0.1",
      "5.000001",
      "-2147483649",
      "4294967296",
      "1e2",
    )
    .map((text) => new Raw(text)),
  fc.integer({ min: 6 }),
  fc.integer({ max: -1 }),
  fc.double({ min: 0, max: 5, noNaN: true }).filter((value) => !Number.isInteger(value)),
  wrongType("number"),
);

/** Keys no schema knows, including the ones that are properties of every JavaScript object. */
export function unknownKey(known: readonly string[]): fc.Arbitrary<string> {
  return fc
    .oneof(
      fc.constantFrom(
        "__proto__",
        "constructor",
        "toString",
        "hasOwnProperty",
        "valueOf",
        "__defineGetter__",
        "prototype",
        "isAdmin",
        "userId",
        "admin",
        "",
        " ",
      ),
      edgeString,
    )
    .filter((key) => !known.includes(key));
}

/** Not a skill of the catalogue: near misses (case, spaces, Unicode look-alikes) and anything else. */
export const unknownSkill: fc.Arbitrary<string> = fc
  .oneof(
    fc.constantFrom(
      "Programming",
      " programming",
      "programming ",
      "PROGRAMMING",
      "ｐｒｏｇｒａｍｍｉｎｇ",
      "programmіng",
      "data_visualization",
      "mlops\u0000",
      "__proto__",
      "constructor",
      "toString",
    ),
    edgeString,
  )
  .filter((skill) => skill.length > 0 && skill.length <= 64 && !(SKILLS as readonly string[]).includes(skill));

const COMMON_PASSWORDS = ["password1", "123456789", "qwertyuiop", "BaseBall", "iloveyou", "football", "12345678"];

// ---------------------------------------------------------------------------
// Bodies with exactly one fault

interface Fault {
  body: unknown;
  field: string;
  label: string;
}

/** Replace, delete (when required) or mistype one field; the fault is named by its path. */
function fault(
  base: unknown,
  path: (string | number)[],
  invalid: fc.Arbitrary<unknown>,
  label: string,
  required = false,
): fc.Arbitrary<Fault> {
  const field = path.join(".");
  const replaced = invalid.map((value) => ({ body: setAt(base, path, value), field, label }));
  if (!required) return replaced;
  return fc.oneof(
    { arbitrary: replaced, weight: 4 },
    { arbitrary: fc.constant({ body: setAt(base, path, DELETE), field, label: `${label} (missing)` }), weight: 1 },
  );
}

function extraKey(base: unknown, at: (string | number)[], known: readonly string[]): fc.Arbitrary<Fault> {
  return fc.tuple(unknownKey(known), fc.jsonValue({ maxDepth: 2 })).map(([key, value]) => ({
    body: at.length ? setAt(base, [...at, key], value) : setAt(base, [key], value),
    field: [...at, key].join("."),
    label: "an unknown field",
  }));
}

const NOT_AN_OBJECT = fc.oneof(
  fc.constantFrom("[]", "null", "1", '"x"', "true", "-0", "1e309", '"\\ud800"').map((text) => new Raw(text)),
  deepArray,
);

// ---------------------------------------------------------------------------
// Transport faults, common to every route that reads a JSON body

const WRONG_CONTENT_TYPES = [
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/xml",
  "text/json",
  "application/jsonp",
  "json",
  "*/*",
  "none",
];
const FOREIGN_ORIGINS = [
  "https://evil.example",
  "null",
  "http://127.0.0.1:1",
  "http://localhost",
  "file://",
  "https://127.0.0.1.evil.example",
];
const INVALID_JSON = [
  "{",
  "{'a':1}",
  '{"a":1,}',
  "NaN",
  '{"a":undefined}',
  "// c\n{}",
  "",
  '{"a":1}}',
  "\u0000",
  "[1,]",
  '{"a":01}',
  '{"a":"\\x41"}',
  '{"a":"\t"}',
  "{a:1}",
  "Infinity",
  "\ufeff\ufeff{}",
];

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export interface BodyRoute {
  route: string;
  method: string;
  path: string;
  /** The body size limit the route promises (413 above it). */
  limit: number;
  /** A body that is correct but for one fault. */
  faults: fc.Arbitrary<Fault>;
  /** A body with no fault (used for the transport faults: the body is not the problem there). */
  valid: fc.Arbitrary<unknown>;
  headers?: Record<string, string>;
}

function caseOf(route: BodyRoute, label: string, body: string | Uint8Array, expect: Expectation, extra: Partial<Case> = {}): Case {
  return {
    route: `${route.method} ${route.route}`,
    label,
    method: route.method,
    path: route.path,
    headers: { "content-type": "application/json", ...route.headers, ...extra.headers },
    body,
    expect,
    ...(extra.chunked ? { chunked: true } : {}),
  };
}

/** Every kind of bad request for a route that reads JSON: field faults mostly, transport faults (type, syntax, size, origin) besides. */
export function bodyCases(route: BodyRoute): fc.Arbitrary<Case> {
  // A body holding more values than its size warrants is refused as a whole, before its fields are looked at.
  const fieldFaults = route.faults.map((item) => {
    const text = toJson(item.body);
    const field = countJsonValues(text) > maxJsonValues(route.limit) ? "body" : item.field;
    return caseOf(route, item.label, text, { status: 400, code: "validation_failed", field });
  });
  const notAnObject = NOT_AN_OBJECT.map((body) =>
    caseOf(route, "a body that is not an object", toJson(body), { status: 400, code: "validation_failed", field: "body" }),
  );
  const invalidJson = fc
    .oneof(
      fc.constantFrom(...INVALID_JSON),
      fc
        .tuple(route.valid.map(toJson), fc.double({ min: 0, max: 1, noNaN: true }))
        .map(([text, at]) => text.slice(0, Math.floor(text.length * at))),
      fc.string({ unit: "binary", maxLength: 40 }),
    )
    .filter((text) => !isJson(text))
    .map((text) => caseOf(route, "invalid JSON", text, { status: 400, code: "validation_failed", field: "body" }));
  const invalidUtf8 = fc.uint8Array({ minLength: 1, maxLength: 16 }).map((bytes) =>
    caseOf(route, "bytes that are not UTF-8 JSON", Uint8Array.from([0xff, 0xfe, ...bytes, 0xc0]), {
      status: 400,
      code: "validation_failed",
      field: "body",
    }),
  );
  const wrongType = fc.tuple(fc.constantFrom(...WRONG_CONTENT_TYPES), route.valid.map(toJson)).map(([type, text]) =>
    type === "none"
      ? {
          ...caseOf(route, "no content type", new TextEncoder().encode(text), { status: 415, code: "unsupported_media_type" }),
          headers: withoutContentType(route.headers),
        }
      : caseOf(route, `content type ${type}`, text, { status: 415, code: "unsupported_media_type" }, { headers: { "content-type": type } }),
  );
  const tooLarge = fc
    .tuple(fc.boolean(), fc.integer({ min: 1, max: 64 * 1024 }), fc.constantFrom("note", "ratings"))
    .map(([chunked, over, shape]) => {
      // A well-formed body just over the limit: refused for its size, so never parsed.
      const size = route.limit + over;
      const body =
        shape === "note"
          ? `{"note":"${"x".repeat(size - 11)}"}`
          : `{"ratings":[${'{"skill":"eda","level":3},'.repeat(Math.ceil(size / 26))}{"skill":"cloud","level":1}]}`;
      // Without a declared length, any body is refused unread (Next would buffer it before the app could judge it).
      return caseOf(
        route,
        `a ${chunked ? "chunked " : ""}body ${body.length - route.limit} bytes over the limit`,
        body,
        chunked ? { status: 411, code: "length_required" } : { status: 413, code: "payload_too_large" },
        { chunked },
      );
    });
  const crossOrigin = fc
    .tuple(fc.constantFrom(...FOREIGN_ORIGINS), route.valid.map(toJson))
    .map(([origin, text]) => caseOf(route, `Origin ${origin}`, text, { status: 403, code: "forbidden_origin" }, { headers: { origin } }));
  return fc.oneof(
    { arbitrary: fieldFaults, weight: 16 },
    { arbitrary: notAnObject, weight: 1 },
    { arbitrary: invalidJson, weight: 1 },
    { arbitrary: invalidUtf8, weight: 1 },
    { arbitrary: wrongType, weight: 1 },
    { arbitrary: tooLarge, weight: 1 },
    { arbitrary: crossOrigin, weight: 1 },
  );
}

function withoutContentType(headers: Record<string, string> = {}): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== "content-type"));
}

// ---------------------------------------------------------------------------
// The routes that read a JSON body

const GOOD_PASSWORD = "a long and unusual passphrase";

/** Emails every route that takes one refuses (they share one schema): the wrong type, no @, too long, malformed. */
const badEmail = fc.oneof(
  wrongType("string"),
  edgeString.filter((text) => !text.includes("@")),
  fc.constant(`${"a".repeat(250)}@example.test`),
  fc.constantFrom("a@", "@b.c", "a@b", "a b@c.d", "a@@b.c"),
);

export function signUpRoute(): BodyRoute {
  const valid = fc.uuid().map(
    (id) =>
      new Obj([
        ["email", `fuzz-${id}@example.test`],
        ["password", GOOD_PASSWORD],
        ["name", "Fuzz"],
      ]),
  );
  const faults = valid.chain((base) =>
    fc.oneof(
      fault(base, ["email"], badEmail, "a bad email", true),
      fault(
        base,
        ["password"],
        fc.oneof(
          wrongType("string"),
          fc.string({ unit: "grapheme", maxLength: 7 }).filter((text) => text.length < 8),
          tooLong(128),
          fc.constantFrom(...COMMON_PASSWORDS),
          fc.constant(String((base as Obj).get("email")).toUpperCase()),
        ),
        "a bad password",
        true,
      ),
      fault(base, ["name"], fc.oneof(wrongType("string"), tooLong(100)), "a bad name"),
      extraKey(base, [], ["email", "password", "name"]),
    ),
  );
  return { route: "/api/v1/users", method: "POST", path: "/api/v1/users", limit: PUBLIC_LIMIT, faults, valid };
}

/** POST /password-resets: well-formed requests are left to the integration tests (each one spends the address's hourly budget). */
export function requestPasswordResetRoute(): BodyRoute {
  const valid = fc.uuid().map((id) => new Obj([["email", `fuzz-${id}@example.test`]]));
  const faults = valid.chain((base) => fc.oneof(fault(base, ["email"], badEmail, "a bad email", true), extraKey(base, [], ["email"])));
  return { route: "/api/v1/password-resets", method: "POST", path: "/api/v1/password-resets", limit: PUBLIC_LIMIT, faults, valid };
}

/** POST /password-resets/confirm: no token here was ever issued, so a well-formed one is refused naming `token`. */
export function confirmPasswordResetRoute(): BodyRoute {
  const valid = fc.base64String({ minLength: 44, maxLength: 44 }).map(
    (token) =>
      new Obj([
        ["token", token.replace(/[+/=]/g, "A")],
        ["newPassword", GOOD_PASSWORD],
      ]),
  );
  const faults = valid.chain((base) =>
    fc.oneof(
      fc.constant({ body: base, field: "token", label: "a token never issued" }),
      fault(base, ["token"], fc.oneof(wrongType("string"), fc.constant(""), tooLong(100)), "a bad token", true),
      fault(
        base,
        ["newPassword"],
        fc.oneof(
          wrongType("string"),
          fc.string({ unit: "grapheme", maxLength: 7 }).filter((text) => text.length < 8),
          tooLong(128),
        ),
        "a bad new password",
        true,
      ),
      extraKey(base, [], ["token", "newPassword"]),
    ),
  );
  return {
    route: "/api/v1/password-resets/confirm",
    method: "POST",
    path: "/api/v1/password-resets/confirm",
    limit: PUBLIC_LIMIT,
    faults,
    valid,
  };
}

const BAD_DATES = [
  "2027-02-30",
  "2027-13-01",
  "27-01-01",
  "2027-1-1",
  "2027-01-01T00:00:00Z",
  "",
  "0000-00-00",
  "2027-02-29",
  "+02027-01-01",
  "２０２７-01-01",
  "2027-01-01 ",
  "tomorrow",
  "2027/01/01",
  "1e309",
];

export function updateMeRoute(): BodyRoute {
  const fields = [
    ["name", "Fuzz Person"],
    ["targetRole", "ml-engineer"],
    ["goalDate", "2030-06-01"],
    ["goalReadiness", 0.8],
  ] as const;
  const valid = fc.subarray([...fields], { minLength: 1 }).map((entries) => new Obj(entries));
  const faults = valid.chain((base) =>
    fc.oneof(
      fault(base, ["name"], fc.oneof(wrongType("string"), tooLong(100)), "a bad name"),
      fault(
        base,
        ["targetRole"],
        fc.oneof(
          wrongType("string", { nullable: true }),
          unknownSkill,
          tooLong(64),
          fc.constantFrom("Data-Scientist", "astronaut", "ml-engineer "),
        ),
        "a bad target role",
      ),
      fault(
        base,
        ["goalDate"],
        fc.oneof(
          wrongType("string", { nullable: true }),
          fc.constantFrom(...BAD_DATES),
          edgeString.filter((text) => !/^\d{4}-\d\d-\d\d$/.test(text)),
        ),
        "a bad goal date",
      ),
      fault(
        base,
        ["goalReadiness"],
        fc.oneof(
          wrongType("number"),
          fc.constantFrom("-0", "0", "0.049", "1.0000001", "2", "1e309", "-1e309", "-1", "1e-400").map((text) => new Raw(text)),
          fc.double({ noNaN: true }).filter((value) => !(value >= 0.05 && value <= 1) && Number.isFinite(value)),
        ),
        "a bad goal readiness",
      ),
      extraKey(
        base,
        [],
        fields.map(([name]) => name),
      ),
      fc.constant({ body: new Obj([]), field: "body", label: "nothing to change" }),
    ),
  );
  return { route: "/api/v1/me", method: "PATCH", path: "/api/v1/me", limit: MB, faults, valid };
}

/**
 * DELETE /me never gets the account's password (that would end the run), nor
 * a wrong one: ten of those spend the password-check throttle (its own
 * integration test covers them). Every fault here fails the schema.
 */
export function deleteMeRoute(): BodyRoute {
  const base = new Obj([["currentPassword", "not the password at all"]]);
  const faults = fc.oneof(
    fault(base, ["currentPassword"], fc.oneof(wrongType("string"), fc.constant(""), tooLong(128)), "a bad current password", true),
    extraKey(base, [], ["currentPassword"]),
  );
  return { route: "/api/v1/me", method: "DELETE", path: "/api/v1/me", limit: MB, faults, valid: fc.constant(base) };
}

/**
 * POST /me/password never gets a valid change either: that would end the session the run uses.
 * Nor a wrong current password: ten spend the password-check throttle (its integration test covers them).
 */
export function changePasswordRoute(email: string, current: string): BodyRoute {
  const base = new Obj([
    ["currentPassword", current],
    ["newPassword", "another unusual passphrase 7"],
  ]);
  const faults = fc.oneof(
    fault(base, ["currentPassword"], fc.oneof(wrongType("string"), fc.constant(""), tooLong(128)), "a bad current password", true),
    fault(
      base,
      ["newPassword"],
      fc.oneof(
        wrongType("string"),
        fc.string({ maxLength: 7 }),
        tooLong(128),
        fc.constantFrom(...COMMON_PASSWORDS),
        fc.constant(current),
        fc.constantFrom(email, email.toUpperCase(), ` ${email} `),
      ),
      "a bad new password",
      true,
    ),
    extraKey(base, [], ["currentPassword", "newPassword"]),
  );
  const valid = fc.constant(
    new Obj([
      ["currentPassword", "not the password at all"],
      ["newPassword", "another unusual passphrase 7"],
    ]),
  );
  return { route: "/api/v1/me/password", method: "POST", path: "/api/v1/me/password", limit: MB, faults, valid };
}

/** 1-20 ratings of distinct catalogue skills, some with notes. */
const validRatings = fc
  .tuple(
    fc.shuffledSubarray([...SKILLS], { minLength: 1 }),
    fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 20, maxLength: 20 }),
    fc.array(fc.option(fc.string({ maxLength: 30 }), { nil: undefined }), { minLength: 20, maxLength: 20 }),
  )
  .map(([skills, levels, notes]) =>
    skills.map(
      (skill, index) =>
        new Obj([["skill", skill], ["level", levels[index]!], ...(notes[index] !== undefined ? [["note", notes[index]] as const] : [])]),
    ),
  );

/** Faults in a list of ratings at `at` (["ratings"] or ["assessments", 0, "ratings"]). */
function ratingFaults(base: unknown, at: (string | number)[], ratings: Obj[], { nullableNote = false } = {}): fc.Arbitrary<Fault> {
  const index = fc.nat({ max: ratings.length - 1 });
  const options: fc.Arbitrary<Fault>[] = [
    fault(base, at, wrongType("array"), "ratings not a list"),
    fc.constant({
      body: setAt(
        base,
        at,
        Array.from(
          { length: 101 },
          (_, i) =>
            new Obj([
              ["skill", SKILLS[i % 20]!],
              ["level", 1],
            ]),
        ),
      ),
      field: at.join("."),
      label: "101 ratings",
    }),
    index.chain((i) => fault(base, [...at, i], wrongType("object"), "a rating that is not an object")),
    index.chain((i) =>
      fault(
        base,
        [...at, i, "skill"],
        fc.oneof(wrongType("string"), unknownSkill, fc.constant(""), tooLong(64)),
        "an unknown or mistyped skill",
        true,
      ),
    ),
    index.chain((i) => fault(base, [...at, i, "level"], badLevel, "an out-of-range level", true)),
    index.chain((i) =>
      fault(base, [...at, i, "note"], fc.oneof(wrongType("string", { nullable: nullableNote }), tooLong(500)), "a bad rating note"),
    ),
    index.chain((i) => extraKey(base, [...at, i], ["skill", "level", "note"])),
  ];
  if (ratings.length > 1) {
    // The same skill twice: the second one is at fault.
    options.push(
      fc
        .tuple(index, index)
        .filter(([a, b]) => a !== b)
        .map(([a, b]) => {
          const [first, second] = a < b ? [a, b] : [b, a];
          return {
            body: setAt(base, [...at, second, "skill"], ratings[first]!.get("skill")),
            field: [...at, second, "skill"].join("."),
            label: "a skill rated twice",
          };
        }),
    );
  }
  return fc.oneof(...options);
}

export function saveAssessmentRoute(): BodyRoute {
  const valid = fc
    .tuple(validRatings, fc.option(fc.string({ maxLength: 50 }), { nil: undefined }))
    .map(([ratings, note]) => new Obj([["ratings", ratings], ...(note !== undefined ? [["note", note] as const] : [])]));
  const faults = valid.chain((base) =>
    fc.oneof(
      { arbitrary: ratingFaults(base, ["ratings"], base.get("ratings") as Obj[]), weight: 6 },
      { arbitrary: fault(base, ["note"], fc.oneof(wrongType("string"), tooLong(1000)), "a bad note"), weight: 1 },
      { arbitrary: extraKey(base, [], ["ratings", "note"]), weight: 1 },
      { arbitrary: fc.constant({ body: setAt(base, ["ratings"], DELETE), field: "ratings", label: "no ratings" }), weight: 1 },
    ),
  );
  return { route: "/api/v1/assessments", method: "POST", path: "/api/v1/assessments", limit: MB, faults, valid };
}

/** Not a number of days from 1 to `max`: out of range, fractional, mistyped. */
function badDays(max: number): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom("0", "-1", `${max + 1}`, "1.5", "1e309", "-0.5", "9007199254740993").map((text) => new Raw(text)),
    fc.integer({ min: max + 1 }),
    fc.integer({ max: 0 }),
    fc.double({ min: 1, max, noNaN: true }).filter((value) => !Number.isInteger(value)),
    wrongType("number"),
  );
}

export function createShareRoute(): BodyRoute {
  const valid = fc.tuple(fc.integer({ min: 1, max: 90 }), fc.boolean()).map(
    ([days, showNotes]) =>
      new Obj([
        ["expiresInDays", days],
        ["showNotes", showNotes],
      ]),
  );
  const faults = valid.chain((base) =>
    fc.oneof(
      fault(base, ["expiresInDays"], badDays(90), "a bad expiry", true),
      fault(base, ["showNotes"], wrongType("boolean"), "a bad showNotes", true),
      extraKey(base, [], ["expiresInDays", "showNotes"]),
    ),
  );
  return { route: "/api/v1/shares", method: "POST", path: "/api/v1/shares", limit: MB, faults, valid };
}

export function createReviewRoute(): BodyRoute {
  const valid = fc
    .tuple(
      fc.string({ minLength: 1, maxLength: 40 }).filter((name) => name.trim().length > 0),
      fc.option(fc.integer({ min: 1, max: 30 })),
    )
    .map(([name, days]) => new Obj([["reviewerName", name], ...(days === null ? [] : [["expiresInDays", days] as const])]));
  const faults = valid.chain((base) =>
    fc.oneof(
      fault(base, ["reviewerName"], fc.oneof(wrongType("string"), fc.constantFrom("", "   ", "\t\n"), tooLong(100)), "a bad name", true),
      fault(base, ["expiresInDays"], badDays(30), "a bad expiry"),
      extraKey(base, [], ["reviewerName", "expiresInDays"]),
    ),
  );
  return { route: "/api/v1/reviews", method: "POST", path: "/api/v1/reviews", limit: MB, faults, valid };
}

/** The reviewer's answer to a live link: every skill once; one fault in it. Never a valid answer, which would use the link up. */
export function reviewResponseRoute(token: string): BodyRoute {
  const valid = fc
    .tuple(fc.shuffledSubarray([...SKILLS], { minLength: 20 }), fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 20, maxLength: 20 }))
    .map(
      ([skills, levels]) =>
        new Obj([
          [
            "ratings",
            skills.map(
              (skill, index) =>
                new Obj([
                  ["skill", skill],
                  ["level", levels[index]!],
                ]),
            ),
          ],
        ]),
    );
  const faults = valid.chain((base) =>
    fc.oneof(
      { arbitrary: ratingFaults(base, ["ratings"], base.get("ratings") as Obj[]), weight: 6 },
      {
        arbitrary: fc.nat({ max: 19 }).map((index) => ({
          body: setAt(
            base,
            ["ratings"],
            (base.get("ratings") as Obj[]).filter((_, at) => at !== index),
          ),
          field: "ratings",
          label: "a skill left unrated",
        })),
        weight: 1,
      },
      { arbitrary: extraKey(base, [], ["ratings"]), weight: 1 },
      { arbitrary: fc.constant({ body: setAt(base, ["ratings"], DELETE), field: "ratings", label: "no ratings" }), weight: 1 },
    ),
  );
  const path = `/api/v1/reviews/${token}/response`;
  return { route: "/api/v1/reviews/[id]/response", method: "POST", path, limit: PUBLIC_LIMIT, faults, valid };
}

/** Idempotency-Key values that break its rule (8-100 of letters, digits, . _ : -) whatever the body. */
export const badIdempotencyKey: fc.Arbitrary<string> = fc.oneof(
  fc.stringMatching(/^[\w.:-]{1,7}$/),
  fc.stringMatching(/^[\w.:-]{101,140}$/),
  fc
    .tuple(
      fc.stringMatching(/^[\w.:-]{4,20}$/),
      fc.constantFrom(" ", "/", "@", "é", "+", "=", ",", ";", "\t", "~", "*"),
      fc.stringMatching(/^[\w.:-]{4,20}$/),
    )
    .map(([a, bad, b]) => a + bad + b),
);

export function importRoute(): BodyRoute {
  const assessment = fc.tuple(fc.uuid(), fc.date({ min: new Date("2000-01-01"), max: new Date(), noInvalidDate: true }), validRatings).map(
    ([id, at, ratings]) =>
      new Obj([
        ["id", `fuzz-${id}`],
        ["createdAt", at.toISOString()],
        ["frameworkVersion", FRAMEWORK_VERSION],
        ["note", null],
        ["ratings", ratings],
      ]),
  );
  const valid = fc.array(assessment, { minLength: 1, maxLength: 3 }).map(
    (assessments) =>
      new Obj([
        ["format", "skillgap-export"],
        ["version", 1],
        ["exportedAt", "2026-01-01T00:00:00.000Z"],
        ["assessments", assessments],
      ]),
  );
  const faults = valid.chain((base) => {
    const assessments = base.get("assessments") as Obj[];
    const index = fc.nat({ max: assessments.length - 1 });
    const options: fc.Arbitrary<Fault>[] = [
      fault(
        base,
        ["format"],
        fc.oneof(wrongType("string"), fc.constantFrom("skillgap-export ", "Skillgap-Export", "", "skillgap")),
        "a bad format",
        true,
      ),
      fault(
        base,
        ["version"],
        fc.oneof(
          wrongType("number"),
          fc.constantFrom("2", "0", "1.5", "1e309", "-1").map((text) => new Raw(text)),
        ),
        "a bad version",
        true,
      ),
      fault(base, ["exportedAt"], wrongType("string"), "a bad export date"),
      fault(base, ["profile"], wrongType("object"), "a bad profile"),
      fault(base, ["profile", "goalReadiness"], wrongType("number"), "a bad profile goal"),
      fault(base, ["assessments"], wrongType("array"), "assessments not a list", true),
      index.chain((i) => fault(base, ["assessments", i], wrongType("object"), "an assessment that is not an object")),
      index.chain((i) =>
        fault(base, ["assessments", i, "id"], fc.oneof(wrongType("string"), fc.constant(""), tooLong(64)), "a bad id", true),
      ),
      index.chain((i) =>
        fault(
          base,
          ["assessments", i, "createdAt"],
          fc.oneof(
            wrongType("string"),
            fc.constantFrom(
              "2025-02-30T00:00:00Z",
              "2025-01-01",
              "2025-01-01T24:00:00Z",
              "+275760-09-13T00:00:00Z",
              "yesterday",
              "2025-01-01T00:00:00+25:00",
              "",
              // Well-formed, but beyond year 9999 or before year 0 once the offset is applied, before 2000, or in the future.
              "9999-12-31T23:59:59-23:59",
              "0000-01-01T00:00:00+23:59",
              "1999-12-31T23:59:59Z",
              "2999-01-01T00:00:00Z",
            ),
          ),
          "a bad date",
          true,
        ),
      ),
      index.chain((i) =>
        fault(
          base,
          ["assessments", i, "frameworkVersion"],
          fc.oneof(
            wrongType("string"),
            fc.constant(""),
            tooLong(32),
            edgeString.filter((text) => text !== FRAMEWORK_VERSION && text.length <= 32),
          ),
          "a bad framework version",
          true,
        ),
      ),
      index.chain((i) =>
        fault(base, ["assessments", i, "note"], fc.oneof(wrongType("string", { nullable: true }), tooLong(1000)), "a bad note"),
      ),
      index.chain((i) =>
        fault(
          base,
          ["assessments", i, "readiness"],
          fc.oneof(wrongType("object"), fc.constant(new Obj([["data-scientist", "0.5"]]))),
          "a bad readiness",
        ),
      ),
      index.chain((i) =>
        ratingFaults(base, ["assessments", i, "ratings"], assessments[i]!.get("ratings") as Obj[], { nullableNote: true }),
      ),
      index.chain((i) => extraKey(base, ["assessments", i, "ratings", 0], ["skill", "level", "note"])),
    ];
    if (assessments.length > 1) {
      // Two assessments with one id: the second is at fault.
      options.push(
        fc.constant({
          body: setAt(base, ["assessments", 1, "id"], assessments[0]!.get("id")),
          field: "assessments.1.id",
          label: "an id used twice",
        }),
      );
    }
    return fc.oneof(...options);
  });
  return { route: "/api/v1/import", method: "POST", path: "/api/v1/import", limit: 5 * MB, faults, valid };
}

// ---------------------------------------------------------------------------
// Input in the URL

/** A path segment that is not an id the user has: any text, percent-encoded, or percent-encoding that does not decode. */
export const strangeSegment: fc.Arbitrary<{ segment: string; malformed: boolean }> = fc.oneof(
  {
    arbitrary: edgeString
      .filter((text) => text !== "." && text !== "..")
      .map((text) => ({ segment: encodeURIComponent(text.toWellFormed()), malformed: false })),
    weight: 6,
  },
  {
    arbitrary: tooLong(200, { upTo: 1000 }).map((text) => ({ segment: encodeURIComponent(text.toWellFormed()), malformed: false })),
    weight: 1,
  },
  {
    arbitrary: fc
      .constantFrom("%", "%zz", "%E0%A4%A", "%ED%A0%80", "%C0", "a%2", "%FF%FE", "%u0041")
      .map((segment) => ({ segment, malformed: true })),
    weight: 2,
  },
);

/** What the app's own cursor decoding would make of a cursor (services/assessments.ts). */
export function cursorIsValid(cursor: string): boolean {
  if (cursor.length < 1 || cursor.length > 200) return false;
  // The date never contains "|", so the first one separates it from the id (which may contain more).
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const separator = text.indexOf("|");
  return separator >= 0 && separator < text.length - 1 && !Number.isNaN(new Date(text.slice(0, separator)).getTime());
}

export function limitIsValid(limit: string): boolean {
  const value = Number(limit);
  return Number.isSafeInteger(value) && value >= 1 && value <= 100;
}

const base64url = (text: string) => Buffer.from(text).toString("base64url");

/** GET /assessments?limit=&cursor=: bad limits, forged cursors, unknown parameters. */
export function listQueryCases(): fc.Arbitrary<Case> {
  const limit = fc.oneof(
    fc.constantFrom(
      "0",
      "101",
      "-1",
      "-0",
      "1.5",
      "abc",
      "1e309",
      "Infinity",
      "NaN",
      "",
      " ",
      "0x",
      "1e3",
      "٣",
      "9007199254740993",
      "5abc",
      "+",
      "1_0",
    ),
    fc.integer().map(String),
    edgeString,
  );
  const cursor = fc.oneof(
    fc.constantFrom(""),
    // Long, not huge: beyond 16 KB of URL Node itself answers 431 before the app sees the request.
    tooLong(200, { upTo: 1000 }),
    edgeString,
    edgeString.map(base64url),
    // Well-formed cursors with extreme dates and ids: possibly accepted, never a 5xx.
    fc
      .tuple(
        fc.constantFrom(
          "+275760-09-13T00:00:00.000Z",
          "-271821-04-20T00:00:00.000Z",
          "0000-01-01",
          "9999-12-31T23:59:59.999Z",
          "1",
          "1970-01-01T00:00:00Z",
          "2026-01-01T00:00:00.000+14:00",
        ),
        edgeString,
      )
      .map(([at, id]) => base64url(`${at}|${id}`)),
  );
  const params = fc.oneof(
    limit.map((value) => ({ entries: [["limit", value]] as [string, string][], field: "limit", valid: limitIsValid(value) })),
    cursor.map((value) => ({ entries: [["cursor", value]] as [string, string][], field: "cursor", valid: cursorIsValid(value) })),
    // Not "__proto__": Next drops that parameter before the handler sees the URL, so there is nothing to refuse.
    fc
      .tuple(unknownKey(["limit", "cursor", "__proto__"]), edgeString)
      .map(([key, value]) => ({ entries: [[key, value]] as [string, string][], field: key, valid: false })),
    fc.tuple(limit, limit).map(([first, last]) => ({
      entries: [
        ["limit", first],
        ["limit", last],
      ] as [string, string][],
      field: "limit",
      valid: limitIsValid(last),
    })),
  );
  // What the server receives: URLSearchParams sends lone surrogates as U+FFFD.
  const received = params.map(({ entries, field, valid }) => {
    const sent = entries.map(([key, value]) => [key.toWellFormed(), value.toWellFormed()] as [string, string]);
    const last = sent[sent.length - 1]![1];
    return {
      entries: sent,
      field: field.toWellFormed(),
      valid: field === "limit" ? limitIsValid(last) : field === "cursor" ? cursorIsValid(last) : valid,
    };
  });
  return received.map(({ entries, field, valid }) => ({
    route: "GET /api/v1/assessments",
    label: `query ${field}`,
    method: "GET",
    path: `/api/v1/assessments?${new URLSearchParams(entries)}`,
    headers: {},
    expect: valid ? { status: "not-5xx" } : { status: 400, code: "validation_failed", field },
  }));
}

/** {method} {prefix}/{segment}: a 404 in the error shape for anything that is not an id, a 400 for a URL that does not decode. */
export function idPathCases(route: string, prefix: string, method = "GET", suffix = ""): fc.Arbitrary<Case> {
  return strangeSegment.map(({ segment, malformed }) => ({
    route: `${method} ${route}`,
    label: malformed ? "percent-encoding that does not decode" : "an id nobody has",
    method,
    path: `${prefix}/${segment}${suffix}`,
    headers: {},
    expect: malformed ? { status: 400 } : { status: 404, code: "not_found" },
  }));
}

/** GET /progress?role= (and the cohort routes that take the same query): anything but the three role slugs is a 400 naming role. */
export function progressQueryCases(endpoint = "GET /api/v1/progress", path = "/api/v1/progress"): fc.Arbitrary<Case> {
  const role = fc.oneof(unknownSkill, fc.constantFrom("", "Data-Scientist", "data-scientist ", "astronaut"), tooLong(64, { upTo: 1000 }));
  return fc
    .oneof(
      role.map((value) => [["role", value]] as [string, string][]),
      fc.constant([] as [string, string][]),
    )
    .map((entries) => ({
      route: endpoint,
      label: entries.length ? "an unknown role" : "no role",
      method: "GET",
      path: `${path}${entries.length ? `?${new URLSearchParams(entries)}` : ""}`,
      headers: {},
      expect: { status: 400, code: "validation_failed", field: "role" },
    }));
}

/** Skills the fuzz user has never rated (its latest levels are eda 3 and cloud 2), so any target 1-5 is above the current level. */
const UNRATED_SKILLS = ["mlops", "statistics", "containers", "publishing", "monitoring", "api-development"] as const;
const planItem = (skill: string, targetLevel: unknown, dueDate?: string) =>
  new Obj([["skill", skill], ["targetLevel", targetLevel], ...(dueDate ? [["dueDate", dueDate] as const] : [])]);

/** PUT /plan: at most 5 items, targets 1-5 above the current level, due dates well formed and not past. */
export function planRoute(): BodyRoute {
  const valid = fc
    .uniqueArray(fc.tuple(fc.constantFrom(...UNRATED_SKILLS), fc.integer({ min: 1, max: 5 }), fc.constantFrom(undefined, "2031-01-31")), {
      minLength: 1,
      maxLength: 4,
      selector: ([skill]) => skill,
    })
    .map((items) => new Obj([["items", items.map(([skill, target, due]) => planItem(skill, target, due))]]));
  const faults = valid.chain((base) => {
    const items = base.get("items") as Obj[];
    const index = fc.nat({ max: items.length - 1 });
    return fc.oneof(
      fault(base, ["items"], wrongType("array"), "items not a list", true),
      index.chain((i) => fault(base, ["items", i], wrongType("object"), "an item that is not an object")),
      index.chain((i) =>
        fault(base, ["items", i, "skill"], fc.oneof(wrongType("string"), unknownSkill, fc.constant(""), tooLong(64)), "a bad skill", true),
      ),
      index.chain((i) =>
        fault(
          base,
          ["items", i, "targetLevel"],
          fc.oneof(wrongType("number"), fc.constantFrom(0, 6, 2.5, -1, 1e9)),
          "a target outside 1-5",
          true,
        ),
      ),
      fc.tuple(index, fc.integer({ min: 1, max: 3 })).map(([i, target]) => ({
        body: setAt(base, ["items", i], planItem("eda", target)),
        field: `items.${i}.targetLevel`,
        label: "a target not above the current level (eda 3)",
      })),
      index.chain((i) =>
        fault(
          base,
          ["items", i, "dueDate"],
          fc.oneof(wrongType("string", { nullable: true }), fc.constantFrom(...BAD_DATES, "2001-01-01", "2026-01-01")),
          "a bad or past due date",
        ),
      ),
      fc.constant({ body: setAt(base, ["items", items.length], items[0]), field: `items.${items.length}.skill`, label: "a skill twice" }),
      fc.constant({
        body: setAt(
          base,
          ["items"],
          UNRATED_SKILLS.map((skill) => planItem(skill, 2)),
        ),
        field: "items",
        label: "six items",
      }),
      index.chain((i) => extraKey(base, ["items", i], ["skill", "targetLevel", "dueDate"])),
      extraKey(base, [], ["items"]),
    );
  });
  return { route: "/api/v1/plan", method: "PUT", path: "/api/v1/plan", limit: MB, faults, valid };
}

/** POST /plan/celebrated: one to five skill slugs. */
export function celebratedRoute(): BodyRoute {
  const valid = fc
    .uniqueArray(fc.constantFrom(...UNRATED_SKILLS), { minLength: 1, maxLength: 5 })
    .map((skills) => new Obj([["skills", skills]]));
  const faults = valid.chain((base) => {
    const skills = base.get("skills") as string[];
    return fc.oneof(
      fault(base, ["skills"], fc.oneof(wrongType("array"), fc.constant([])), "skills not a non-empty list", true),
      fc
        .nat({ max: skills.length - 1 })
        .chain((i) => fault(base, ["skills", i], fc.oneof(wrongType("string"), fc.constant(""), tooLong(64)), "a bad skill")),
      fc.constant({ body: setAt(base, ["skills"], [...UNRATED_SKILLS]), field: "skills", label: "six skills" }),
      extraKey(base, [], ["skills"]),
    );
  });
  return { route: "/api/v1/plan/celebrated", method: "POST", path: "/api/v1/plan/celebrated", limit: MB, faults, valid };
}

/** POST /roles/draft: the text of a posting, 1 to 20,000 characters once trimmed. */
export function roleDraftRoute(): BodyRoute {
  const valid = fc
    .oneof(
      fc.string({ minLength: 1, maxLength: 200 }).filter((text) => text.trim().length > 0),
      fc.constant("Requirements\n- Expert in PyTorch"),
    )
    .map((text) => new Obj([["text", text]]));
  const faults = valid.chain((base) =>
    fc.oneof(
      fault(base, ["text"], fc.oneof(wrongType("string"), fc.constantFrom("", " \n\t ")), "text missing, blank or not a string", true),
      fault(base, ["text"], tooLong(20_000), "text too long"),
      extraKey(base, [], ["text"]),
    ),
  );
  return { route: "/api/v1/roles/draft", method: "POST", path: "/api/v1/roles/draft", limit: MB, faults, valid };
}

/** PUT /reminders: the interval is 0, 2, 4 or 8 weeks. */
export function remindersRoute(): BodyRoute {
  const valid = fc.constantFrom(0, 2, 4, 8).map((weeks) => new Obj([["intervalWeeks", weeks]]));
  const faults = valid.chain((base) =>
    fc.oneof(
      fault(
        base,
        ["intervalWeeks"],
        fc.oneof(
          wrongType("number"),
          fc.integer({ min: -10, max: 60 }).filter((weeks) => ![0, 2, 4, 8].includes(weeks)),
          fc.constantFrom(2.5, 1e9, -0.5),
        ),
        "a bad interval",
        true,
      ),
      extraKey(base, [], ["intervalWeeks"]),
    ),
  );
  return { route: "/api/v1/reminders", method: "PUT", path: "/api/v1/reminders", limit: MB, faults, valid };
}

/** GET /reminders.ics?token=: no token is a 400 naming it; any token that is not a live feed's is a 404. */
export function reminderFeedQueryCases(): fc.Arbitrary<Case> {
  const missing = fc.constantFrom("", "?token=", "?other=1").map((query) => ({
    query,
    expect: { status: 400, code: "validation_failed", field: query === "?other=1" ? "other" : "token" } as Expectation,
  }));
  const unknown = fc
    .oneof(
      fc.uuid(),
      fc.stringMatching(/^[\w-]{43}$/),
      edgeString.filter((text) => text.length > 0 && text.length <= 200),
    )
    .map((token) => ({ query: `?${new URLSearchParams([["token", token]])}`, expect: { status: 404, code: "not_found" } as Expectation }));
  return fc.oneof(missing, unknown).map(({ query, expect }) => ({
    route: "GET /api/v1/reminders.ics",
    label: expect.status === 404 ? "a token that is no feed's" : "no token",
    method: "GET",
    path: `/api/v1/reminders.ics${query}`,
    headers: {},
    expect,
  }));
}

// ---------------------------------------------------------------------------
// Workspaces

const badWorkspaceName = fc.oneof(
  wrongType("string"),
  fc.constantFrom("", "   ", "\t\n", "two\nlines", "tab\there", "nul\u0000"),
  tooLong(80),
);
const badGroupSize = fc.oneof(
  wrongType("number"),
  fc.integer({ min: -10, max: 2 }),
  fc.integer({ min: 51 }),
  fc.constantFrom(4.5, 1e9),
  fc.constantFrom("1e309", "-0.5", "9007199254740993").map((text) => new Raw(text)),
);
const workspaceName = fc.string({ minLength: 1, maxLength: 40 }).filter((name) => name.trim().length > 0 && !/\p{Cc}/u.test(name));

/** POST /workspaces: a name of one line up to 80 characters, and an optional minGroupSize of 3 to 50. */
export function createWorkspaceRoute(): BodyRoute {
  const valid = fc
    .tuple(workspaceName, fc.option(fc.integer({ min: 3, max: 50 })))
    .map(([name, size]) => new Obj([["name", name], ...(size === null ? [] : [["minGroupSize", size] as const])]));
  const faults = valid.chain((base) =>
    fc.oneof(
      fault(base, ["name"], badWorkspaceName, "a bad name", true),
      fault(base, ["minGroupSize"], badGroupSize, "a bad group size"),
      extraKey(base, [], ["name", "minGroupSize"]),
    ),
  );
  return { route: "/api/v1/workspaces", method: "POST", path: "/api/v1/workspaces", limit: MB, faults, valid };
}

/** PATCH /workspaces/{id} of the user's own workspace: the same fields, both optional (not both missing). */
export function updateWorkspaceRoute(workspaceId: string): BodyRoute {
  const valid = workspaceName.map((name) => new Obj([["name", name]]));
  const faults = valid.chain((base) =>
    fc.oneof(
      fault(base, ["name"], badWorkspaceName, "a bad name"),
      fault(base, ["minGroupSize"], badGroupSize, "a bad group size"),
      fc.constant({ body: new Obj([]), field: "name", label: "nothing to change" }),
      extraKey(base, [], ["name", "minGroupSize"]),
    ),
  );
  const path = `/api/v1/workspaces/${workspaceId}`;
  return { route: "/api/v1/workspaces/[id]", method: "PATCH", path, limit: MB, faults, valid };
}

/** POST /workspaces/{id}/invitations of the user's own workspace: role member or coach, 1-90 days, optional 1-500 uses. */
export function createInvitationRoute(workspaceId: string): BodyRoute {
  const valid = fc
    .tuple(fc.constantFrom("member", "coach"), fc.integer({ min: 1, max: 90 }), fc.option(fc.integer({ min: 1, max: 500 })))
    .map(
      ([role, days, uses]) => new Obj([["role", role], ["expiresInDays", days], ...(uses === null ? [] : [["maxUses", uses] as const])]),
    );
  const faults = valid.chain((base) =>
    fc.oneof(
      fault(base, ["role"], fc.oneof(wrongType("string"), fc.constantFrom("owner", "Member", "", "admin")), "a bad role", true),
      fault(base, ["expiresInDays"], badDays(90), "a bad expiry", true),
      fault(
        base,
        ["maxUses"],
        fc.oneof(wrongType("number"), fc.integer({ max: 0 }), fc.integer({ min: 501 }), fc.constant(2.5)),
        "a bad number of uses",
      ),
      extraKey(base, [], ["role", "expiresInDays", "maxUses"]),
    ),
  );
  const path = `/api/v1/workspaces/${workspaceId}/invitations`;
  return { route: "/api/v1/workspaces/[id]/invitations", method: "POST", path, limit: MB, faults, valid };
}

/** A body of one sharing choice: PUT /workspaces/{id}/sharing and POST /invitations/{token}/accept. */
export function sharingRoute(route: string, method: string, path: string): BodyRoute {
  const valid = fc.constantFrom("none", "readiness", "levels").map((sharing) => new Obj([["sharing", sharing]]));
  const faults = valid.chain((base) =>
    fc.oneof(
      fault(
        base,
        ["sharing"],
        fc.oneof(wrongType("string"), fc.constantFrom("all", "Levels", "", "notes", "levels ")),
        "a bad sharing choice",
        true,
      ),
      extraKey(base, [], ["sharing"]),
    ),
  );
  return { route, method, path, limit: MB, faults, valid };
}

/** PATCH /workspaces/{id}/members/{userId}: owner, coach or member. */
export function changeRoleRoute(path: string): BodyRoute {
  const valid = fc.constantFrom("owner", "coach", "member").map((role) => new Obj([["role", role]]));
  const faults = valid.chain((base) =>
    fc.oneof(
      fault(base, ["role"], fc.oneof(wrongType("string"), fc.constantFrom("admin", "Owner", "", "coach ")), "a bad role", true),
      extraKey(base, [], ["role"]),
    ),
  );
  return { route: "/api/v1/workspaces/[id]/members/[userId]", method: "PATCH", path, limit: MB, faults, valid };
}
