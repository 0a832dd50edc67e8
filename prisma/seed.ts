import { seedFramework } from "@/lib/db/framework";

/** Seeds the role framework of FRAMEWORK.md; safe to run on every start. */
export async function seed(): Promise<void> {
  const outcome = await seedFramework();
  if (outcome === "seeded") console.info("skillgap: seeded the role framework");
}
