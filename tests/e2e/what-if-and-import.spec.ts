import { writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { createAccount, signedInPage, signInWithoutForm } from "./support/accounts";
import { SKILLS } from "./support/bad-input";

test("what-if 'Save as a new assessment' keeps the notes of the assessment it started from", async ({ page }) => {
  await signedInPage(page);
  const ratings = SKILLS.map((skill, index) => ({ skill, level: 2, ...(index % 5 === 0 ? { note: `Evidence for ${skill}` } : {}) }));
  const saved = await page.request.post("/api/v1/assessments", { data: { ratings, note: "Before the bootcamp" } });
  expect(saved.status()).toBe(201);

  await page.goto("/compare");
  await page.getByRole("button", { name: "Try what-if" }).click();
  await page.getByLabel("What-if level for Cloud infrastructure (AWS, GCP, Azure)").selectOption("4");
  // The what-if readiness stays on screen while levels change further down.
  await page.getByLabel("What-if level for Business and domain knowledge").scrollIntoViewIfNeeded();
  await expect(page.getByRole("region", { name: "What-if readiness" })).toBeInViewport();
  await page.getByRole("button", { name: "Save as a new assessment" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  const id = new URL(page.url()).pathname.split("/").at(-1)!;
  const detail = await (await page.request.get(`/api/v1/assessments/${id}`)).json();
  expect(detail.note).toBe("Before the bootcamp");
  const notes = Object.fromEntries(
    detail.ratings.filter((r: { note: string | null }) => r.note).map((r: { skill: string; note: string }) => [r.skill, r.note]),
  );
  expect(notes).toEqual(Object.fromEntries(ratings.filter((r) => r.note).map((r) => [r.skill, r.note])));
  expect(detail.ratings.find((r: { skill: string }) => r.skill === "cloud").level).toBe(4);
  await expect(page.getByRole("row", { name: /Programming in Python or R/ })).toContainText("Evidence for programming");
  await expect(page.getByText("Note: Before the bootcamp")).toBeVisible();
});

test("a new user on /compare is told there is nothing to compare yet", async ({ page }) => {
  await signedInPage(page);
  await page.goto("/compare");
  await expect(page.getByRole("heading", { name: "Nothing to compare yet" })).toBeVisible();
  await expect(page.getByText(/best fit/i)).toHaveCount(0);
  await expect(page.getByText(/(^|[^\d.])0%/)).toHaveCount(0);
});

test("import from settings: choose a file, see what it holds, confirm, see the result", async ({ page }, testInfo) => {
  await signedInPage(page, "Exporter");
  for (const level of [1, 2]) {
    const response = await page.request.post("/api/v1/assessments", { data: { ratings: SKILLS.map((skill) => ({ skill, level })) } });
    expect(response.status()).toBe(201);
  }
  const file = testInfo.outputPath("skillgap-export.json");
  writeFileSync(file, await (await page.request.get("/api/v1/export")).text());
  const notJson = testInfo.outputPath("notes.json");
  writeFileSync(notJson, "this is not JSON");

  // Their own export back: everything is already there.
  await page.goto("/settings");
  await page.getByLabel("JSON export file").setInputFiles(file);
  const dialog = page.getByRole("dialog", { name: "Import skillgap-export.json?" });
  await expect(dialog).toContainText(
    "The file holds 2 assessments: 2 are already in your account and will be skipped, so there is nothing new to import.",
  );
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();

  await page.getByLabel("JSON export file").setInputFiles(notJson);
  await expect(page.getByText("notes.json is not a JSON file.")).toBeVisible();

  // Another account takes the same file: two new assessments.
  const other = await createAccount("Importer");
  await page.context().clearCookies();
  await signInWithoutForm(page, other.email, other.password);
  await page.goto("/settings");
  await page.getByLabel("JSON export file").setInputFiles(file);
  await expect(dialog).toContainText("The file holds 2 assessments: 2 new assessments will be added to your history.");
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Import 2 assessments" }).click();
  await expect(page.getByText("Imported 2 assessments.")).toBeVisible();
  expect((await (await page.request.get("/api/v1/assessments")).json()).items).toHaveLength(2);
});
