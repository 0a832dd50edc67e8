import { readFileSync } from "node:fs";
import { afterEach, expect, test } from "vitest";
import { checkedAgainstSchema } from "../support/api-schema";
import { noContext } from "../support/http";
import { createUser, testBrowser } from "../support/users";
import { POST as draftHandler } from "@/app/api/v1/roles/draft/route";
import { db, Prisma } from "@/lib/db/client";

const browser = testBrowser();
afterEach(() => browser.signOut());
const draftRoute = checkedAgainstSchema("POST /roles/draft", draftHandler);
const draft = async (body: unknown) => draftRoute(await browser.request("/api/v1/roles/draft", "POST", body), noContext);

/** The row count of every table: drafting writes none. */
async function rowCounts(): Promise<Record<string, number>> {
  const models = Object.values(Prisma.ModelName).map((name) => name.charAt(0).toLowerCase() + name.slice(1));
  const counts = await Promise.all(models.map((model) => (db as unknown as Record<string, { count(): Promise<number> }>)[model]!.count()));
  return Object.fromEntries(models.map((model, i) => [model, counts[i]!]));
}

const POSTING = readFileSync("tests/fixtures/postings/ml-engineer-platform.txt", "utf8");

test("a signed-in user gets a target, weight and evidence for every skill, and nothing is written", async () => {
  await browser.signInAs(await createUser());
  const before = await rowCounts();
  const response = await draft({ text: POSTING });
  expect(response.status).toBe(200);
  const body = await response.json();
  expect(body.targets).toHaveLength(20);
  expect(body.targets.find((entry: { skill: string }) => entry.skill === "containers")).toMatchObject({
    target: 4,
    weight: 3,
    evidence: expect.arrayContaining(["Hands-on experience with Docker and Kubernetes in production"]),
  });
  expect(body.targets.find((entry: { skill: string }) => entry.skill === "publishing")).toEqual({
    skill: "publishing",
    target: 0,
    weight: 1,
    evidence: [],
  });
  expect(await rowCounts()).toEqual(before);
  // The same text, the same draft.
  expect(await (await draft({ text: POSTING })).json()).toEqual(body);
});

test("a posting of exactly 20,000 characters is drafted; one more is a 400 naming text", async () => {
  await browser.signInAs(await createUser());
  const longest = `Requirements\n- Strong Python\n${"x".repeat(20_000 - 29)}`;
  expect(longest).toHaveLength(20_000);
  expect((await draft({ text: longest })).status).toBe(200);
  const before = await rowCounts();
  const response = await draft({ text: `${longest}y` });
  expect(response.status).toBe(400);
  expect((await response.json()).error.fields).toEqual({
    text: "A posting has at most 20,000 characters: paste its requirements and responsibilities.",
  });
  expect(await rowCounts()).toEqual(before);
});

test.each([
  ["missing", {}],
  ["blank", { text: "  \n " }],
  ["not a string", { text: ["Python"] }],
])("text %s is a 400 naming text", async (_, body) => {
  await browser.signInAs(await createUser());
  const response = await draft(body);
  expect(response.status).toBe(400);
  expect((await response.json()).error.fields).toEqual({ text: "Paste the text of a job posting." });
});

test("signed out, drafting is a 401", async () => {
  const response = await draft({ text: POSTING });
  expect(response.status).toBe(401);
});
