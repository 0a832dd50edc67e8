import { expect, test } from "@playwright/test";
import { expectAccessible, screenshotAtWidths } from "./support/accessibility";

interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, { operationId: string; summary: string }>>;
  components: { schemas: Record<string, unknown> };
}

test("GET /api/v1/openapi.json serves the OpenAPI 3.1 document without a session", async ({ request }) => {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  const openApi: OpenApiDocument = await response.json();
  expect(openApi.openapi).toBe("3.1.0");
  expect(Object.keys(openApi.paths)).toEqual(expect.arrayContaining(["/assessments", "/assessments/{id}", "/openapi.json"]));
});

test("the API reference, linked from every page's footer, lists every operation of the document and its shapes", async ({
  page,
  request,
}, testInfo) => {
  // axe over every operation and shape of the document, in both themes, takes most of a minute on a busy machine.
  test.slow();
  const openApi: OpenApiDocument = await (await request.get("/api/v1/openapi.json")).json();
  const origins = new Set<string>();
  page.on("request", (sent) => origins.add(new URL(sent.url()).origin));

  await page.goto("/roles");
  await page.getByRole("navigation", { name: "Footer" }).getByRole("link", { name: "API reference" }).click();
  await expect(page).toHaveURL(/\/docs\/api$/);
  await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();

  const endpoints = page.getByRole("navigation", { name: "Endpoints" });
  const operations = Object.entries(openApi.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ method: method.toUpperCase(), path, ...operation })),
  );
  await expect(endpoints.getByRole("listitem")).toHaveCount(operations.length);
  // Read in one round trip: forty-odd separate assertions made this the suite's slowest test.
  const articles = new Map(
    (
      await page
        .locator("article[id]")
        .evaluateAll((found) =>
          found.map((article) => [article.id, { heading: article.querySelector("h3")?.textContent, text: article.textContent }] as const),
        )
    ).map(([id, content]) => [id, content]),
  );
  for (const operation of operations) {
    const article = articles.get(operation.operationId);
    expect(article?.heading, operation.operationId).toBe(`${operation.method}/api/v1${operation.path}`);
    expect(article?.text, operation.operationId).toContain(operation.summary);
  }
  await expect(page.getByRole("region", { name: "Shapes" }).getByRole("heading", { level: 3 })).toHaveCount(
    Object.keys(openApi.components.schemas).length,
  );

  // A request's fields come with their limits; a response's shape is a link to its description.
  const save = page.locator("article#postAssessments");
  await expect(save.getByRole("listitem").filter({ hasText: /^level integer, required; ≥ 0, ≤ 5/ })).toBeVisible();
  await save.getByRole("link", { name: "AssessmentSummary" }).first().click();
  await expect(page).toHaveURL(/#shape-AssessmentSummary$/);
  await expect(page.locator("#shape-AssessmentSummary")).toBeInViewport();

  // The page is the app's own: nothing is fetched from another origin (the CSP would refuse it anyway).
  expect([...origins]).toEqual([new URL(page.url()).origin]);

  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectAccessible(page);
  }
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await screenshotAtWidths(page, "api-reference", (file) => testInfo.outputPath(file));
});
