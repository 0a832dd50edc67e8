// Runs once when a server starts. The secret is resolved first so that a
// misconfigured deployment refuses to start instead of failing on first use;
// then the idempotent framework seed (migrations ran before, in scripts/prepare-db.mjs).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { resolveAuthSecret } = await import("./lib/auth/secret");
  try {
    resolveAuthSecret();
  } catch (error) {
    console.error(`skillgap: ${(error as Error).message}`);
    process.exit(1);
  }
  const { seed } = await import("./prisma/seed");
  await seed();
}
