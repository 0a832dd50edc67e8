import { expect, test } from "@playwright/test";
import { expectAccessible, screenshotAtWidths } from "./support/accessibility";

test("the landing page says what Skillgap does and leads to sign-up", async ({ page }, testInfo) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("machine-learning career");
  for (const name of ["Data Scientist", "Machine Learning Engineer", "Machine Learning Researcher"]) {
    await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
  }
  await expectAccessible(page);
  await screenshotAtWidths(page, "landing", (file) => testInfo.outputPath(file));
  await page.getByRole("link", { name: "Create a free account" }).click();
  await expect(page).toHaveURL(/\/signup$/);
});

test("/roles compares the three roles and shows the target matrix", async ({ page }, testInfo) => {
  await page.goto("/roles");
  const comparison = page.getByRole("table", { name: "The roles side by side" });
  await expect(comparison.getByRole("row", { name: /Math level/ })).toContainText(["Good", "Moderate", "Expert"].join(""));
  await expect(comparison.getByRole("row", { name: /Deployment/ })).toContainText("BasicExpertMinimal");
  const matrix = page.getByRole("table", { name: /Target level per skill/ });
  await expect(matrix.getByRole("row")).toHaveCount(21);
  await expect(matrix.getByRole("row", { name: /MLOps and CI\/CD pipelines/ })).toContainText("2 Beginner5 Expert ★1 Awareness");
  await expect(matrix.getByRole("row", { name: /Writing and publishing research papers/ })).toContainText(
    "Not neededNot needed4 Proficient",
  );
  await expectAccessible(page);
  await screenshotAtWidths(page, "roles", (file) => testInfo.outputPath(file));
});

const ROLE_PAGES = [
  {
    slug: "data-scientist",
    name: "Data Scientist",
    responsibility: "Exploratory data analysis",
    skill: "Data visualisation",
    target: "4 Proficient",
  },
  {
    slug: "ml-engineer",
    name: "Machine Learning Engineer",
    responsibility: "Building scalable ML pipelines",
    skill: "MLOps and CI/CD pipelines",
    target: "5 Expert",
  },
  {
    slug: "ml-researcher",
    name: "Machine Learning Researcher",
    responsibility: "Publishing research papers",
    skill: "Writing and publishing research papers",
    target: "4 Proficient",
  },
];

for (const role of ROLE_PAGES) {
  test(`/roles/${role.slug} shows focus, responsibilities and targets by category`, async ({ page }, testInfo) => {
    await page.goto(`/roles/${role.slug}`);
    await expect(page.getByRole("heading", { level: 1, name: role.name })).toBeVisible();
    const responsibilities = page.getByRole("region", { name: "Responsibilities" });
    await expect(responsibilities.getByRole("listitem").filter({ hasText: role.responsibility })).toBeVisible();
    const skills = page.getByRole("region", { name: "Skills and target levels" });
    await expect(skills.getByRole("listitem").filter({ hasText: role.skill })).toContainText(role.target);
    await expectAccessible(page);
    await screenshotAtWidths(page, role.slug, (file) => testInfo.outputPath(file));
  });
}

test("an unknown role is a 404 page", async ({ page }) => {
  const response = await page.goto("/roles/astronaut");
  expect(response?.status()).toBe(404);
});
