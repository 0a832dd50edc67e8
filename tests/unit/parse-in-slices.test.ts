import { describe, expect, test } from "vitest";
import { jsonRequest } from "../support/http";
import { AppError } from "@/lib/domain/errors";
import { parseBodyInSlices, parseInput } from "@/lib/http/parse";
import { EXPORT_FORMAT, EXPORT_VERSION, exportDocumentSchema } from "@/lib/schemas/assessment";

const assessment = (index: number) => ({
  id: `imported-${index}`,
  createdAt: new Date(Date.UTC(2025, 0, 1) + index * 3_600_000).toISOString(),
  frameworkVersion: "2025.1",
  note: index % 2 ? null : `  note ${index}  `,
  ratings: [
    { skill: "eda", level: index % 6, note: null },
    { skill: "statistics", level: 3, byChoice: false },
  ],
  readiness: { "data-scientist": 0.5 },
  extra: "dropped, as the schema drops unknown keys",
});
const exportOf = (assessments: unknown[]) => ({ format: EXPORT_FORMAT, version: EXPORT_VERSION, assessments, plan: [] });

const inSlices = (body: unknown) =>
  parseBodyInSlices(exportDocumentSchema, jsonRequest("/api/v1/import", "POST", body), ["assessments", "reviews"]);
/** The field errors a body gets, from parsing it whole or in slices. */
async function fieldsOf(parse: () => unknown): Promise<unknown> {
  try {
    await parse();
  } catch (error) {
    if (error instanceof AppError && error.status === 400) return error.fields;
    throw error;
  }
  throw new Error("the body was accepted");
}

describe("parseBodyInSlices: a long list validated a slice at a time", () => {
  test("a valid body gives exactly what parsing it whole gives (trimmed notes, unknown keys dropped)", async () => {
    const body = exportOf(Array.from({ length: 230 }, (_, index) => assessment(index)));
    const parsed = await inSlices(body);
    expect(parsed).toEqual(parseInput(exportDocumentSchema, body));
    expect(parsed.assessments).toHaveLength(230);
    expect(parsed.assessments[0]).not.toHaveProperty("extra");
    expect(parsed.assessments[0]!.note).toBe("note 0");
  });

  const items = (): unknown[] => Array.from({ length: 200 }, (_, index) => assessment(index));
  test.each([
    ["an item in a late slice", exportOf(items().with(170, { ...assessment(170), ratings: [{ skill: "eda", level: 9 }] }))],
    [
      "items in two slices",
      exportOf(
        items()
          .with(3, null)
          .with(120, { ...assessment(120), createdAt: "yesterday" }),
      ),
    ],
    ["an id repeated across slices", exportOf(items().with(140, assessment(7)))],
    ["too many items", exportOf([...items(), ...Array.from({ length: 1900 }, (_, index) => assessment(200 + index))])],
    ["a bad envelope", { ...exportOf(items()), format: "something else" }],
  ])("%s: the same fields at fault as parsing it whole", async (_, body) => {
    const whole = await fieldsOf(() => parseInput(exportDocumentSchema, body));
    expect(Object.keys(whole as object).length).toBeGreaterThan(0);
    expect(await fieldsOf(() => inSlices(body))).toEqual(whole);
  });

  test("other work runs between slices: a long list never holds the event loop for the whole validation", async () => {
    let turns = 0;
    let counting = true;
    const count = () => {
      turns += 1;
      if (counting) setImmediate(count);
    };
    const body = JSON.stringify(exportOf(Array.from({ length: 2000 }, (_, index) => assessment(index))));
    const request = jsonRequest("/api/v1/import", "POST", body);
    setImmediate(count);
    const parsed = await parseBodyInSlices(exportDocumentSchema, request, ["assessments", "reviews"]);
    counting = false;
    expect(parsed.assessments).toHaveLength(2000);
    // At least one turn of the event loop for each slice of 100 items after the first.
    expect(turns).toBeGreaterThanOrEqual(2000 / 100 - 1);
  });
});
