// Runs once when a server starts: the framework seed is idempotent, so every
// app server may run it (migrations ran before, in scripts/prepare-db.mjs).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { seed } = await import("./prisma/seed");
  await seed();
}
