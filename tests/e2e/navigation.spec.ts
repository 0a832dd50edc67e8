import { expect, test } from "@playwright/test";
import { signedInPage } from "./support/accounts";

test("the main navigation marks the section being viewed, and follows the user as they move", async ({ page }, testInfo) => {
  await signedInPage(page);
  const nav = page.getByRole("navigation", { name: "Main" });
  const current = nav.locator('[aria-current="page"]');

  await page.goto("/dashboard");
  await expect(current).toHaveText(["Dashboard"]);

  await nav.getByRole("link", { name: "Compare" }).click();
  await expect(page).toHaveURL(/\/compare$/);
  await expect(current).toHaveText(["Compare"]);
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 390, height: 844 });
    const path = testInfo.outputPath(`navigation-390-${scheme}.png`);
    await page.locator("header").screenshot({ path });
    await testInfo.attach(`navigation-390-${scheme}.png`, { path, contentType: "image/png" });
  }

  // A page inside a section marks the section.
  await page.goto("/roles/ml-engineer");
  await expect(current).toHaveText(["Roles"]);

  await page.goto("/settings");
  await expect(current).toHaveCount(0);
});
